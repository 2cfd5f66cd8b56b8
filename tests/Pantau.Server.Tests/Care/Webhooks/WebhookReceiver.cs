using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Pantau.Testing.Feeds;

namespace Pantau.Server.Tests.Care.Webhooks;

/// <summary>One request a receiver got: its headers, body and when (Stopwatch ticks).</summary>
public sealed record ReceivedRequest(IReadOnlyDictionary<string, string> Headers, string Body, long At)
{
    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : "";
}

/// <summary>The company's system in the tests: a local HTTP endpoint per path that records what it got and answers as told.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ReceivedRequest>> _received = new(StringComparer.Ordinal);

    private WebhookReceiver(LocalFeedHost host) => Host = host;

    public LocalFeedHost Host { get; }

    public static async Task<WebhookReceiver> StartAsync() => new(await LocalFeedHost.StartAsync());

    /// <summary>The address through <c>localhost</c>, which the fixture allows.</summary>
    public string Url(string path) => $"http://localhost:{Host.BaseUri.Port}{path}";

    /// <summary>The same endpoint by its loopback IP, which is not allowed.</summary>
    public string IpUrl(string path) => $"http://127.0.0.1:{Host.BaseUri.Port}{path}";

    /// <summary>Answers the n-th request (1-based) with what <paramref name="answer"/> does.</summary>
    public WebhookReceiver Map(string path, Func<int, HttpContext, Task> answer)
    {
        var queue = _received.GetOrAdd(path, _ => new ConcurrentQueue<ReceivedRequest>());
        var count = 0;
        Host.Map(path, async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            headers["Content-Type"] = context.Request.ContentType ?? "";
            queue.Enqueue(new ReceivedRequest(headers, body, Stopwatch.GetTimestamp()));
            await answer(Interlocked.Increment(ref count), context);
        });
        return this;
    }

    public WebhookReceiver MapStatus(string path, int status) => Map(path, (_, context) =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public IReadOnlyList<ReceivedRequest> Received(string path) =>
        _received.TryGetValue(path, out var queue) ? [.. queue] : [];

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
