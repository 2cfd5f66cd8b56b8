using System.Text.Json.Serialization;
using Pantau.Server.Accounts;
using Pantau.Server.Api;
using Pantau.Server.Components;
using Pantau.Server.Feeds;
using Pantau.Server.Localization;

namespace Pantau.Server.Hosting;

/// <summary>Builds and runs the web server (<c>pantau serve</c>).</summary>
public static class PantauServer
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json sits beside the executable, wherever pantau is started from (the data folder is relative
        // to the working directory). A host that sets its own content root (tests) keeps it.
        var ownContentRoot = args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase));
        // The application is always pantau, even hosted by another program (the load generator): static assets are
        // found through pantau's manifest.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = ownContentRoot ? null : AppContext.BaseDirectory,
            ApplicationName = ownContentRoot ? null : typeof(PantauServer).Assembly.GetName().Name,
        });
        builder.Configuration.AddPantauSources(args);
        // Serves MudBlazor's and the app's static files from a build as well as from a publish, in any environment.
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddApplicationServices();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase)));
        configure?.Invoke(builder);

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePages();
        app.UseMiddleware<NotReadyYet>();
        app.UsePantauLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapPantauApi();
        app.MapWebSubEndpoints();
        app.MapStaticAssets();
        app.MapPantauAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
