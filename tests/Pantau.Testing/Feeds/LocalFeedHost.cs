using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pantau.Testing.Feeds;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a free port, standing in for a feed host. Routes are added per test,
/// also after start; a route key is a path ("/feed") or a path with query ("/?feed=rss2"), the latter tried first.
/// Unknown paths answer 404. Requests are counted under the route key that answered them, or, unmatched,
/// under their path with query.
/// </summary>
public sealed class LocalFeedHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    private LocalFeedHost(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>"127.0.0.1:port", the entry a test puts in an allow-list.</summary>
    public string Authority => BaseUri.Authority;

    public static async Task<LocalFeedHost> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var host = new LocalFeedHost(app);
        app.Run(host.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return host;
    }

    public Uri For(string pathAndQuery) => new(BaseUri, pathAndQuery);

    public LocalFeedHost Map(string pathAndQuery, Func<HttpContext, Task> handler)
    {
        _routes[pathAndQuery] = handler;
        return this;
    }

    /// <summary>Serves a fixed body with a content type.</summary>
    public LocalFeedHost MapText(string pathAndQuery, string contentType, string body) =>
        Map(pathAndQuery, async context =>
        {
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body), context.RequestAborted);
        });

    /// <summary>Answers with a redirect status and a Location.</summary>
    public LocalFeedHost MapRedirect(string pathAndQuery, int status, string location) =>
        Map(pathAndQuery, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    /// <summary>Requests seen for a path (or path with query, as mapped).</summary>
    public int RequestCount(string pathAndQuery) => _counts.GetValueOrDefault(pathAndQuery);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var withQuery = path + context.Request.QueryString.Value;
        var key = _routes.ContainsKey(withQuery) ? withQuery : path;
        if (_routes.TryGetValue(key, out var handler))
        {
            _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
            await handler(context);
        }
        else
        {
            _counts.AddOrUpdate(withQuery, 1, (_, n) => n + 1);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
