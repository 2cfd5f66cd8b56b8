using Pantau.Connectors.Feeds.Fetching;
using Pantau.Server.Accounts;
using Pantau.Server.Api;

namespace Pantau.Server.Feeds;

public static class FeedEndpoints
{
    /// <summary>Largest OPML document imported, in bytes.</summary>
    public const long MaxOpmlBytes = 5 * 1024 * 1024;

    public static void MapFeedEndpoints(this RouteGroupBuilder workspace)
    {
        workspace.MapPost("/feeds/discover", async (Guid workspaceId, DiscoverRequest request, FeedSources feeds, CancellationToken ct) =>
        {
            try
            {
                return Results.Ok(await feeds.DiscoverAsync(workspaceId, request.Url ?? "", ct));
            }
            catch (FormatException exception)
            {
                return ApiProblems.Invalid("url", exception.Message);
            }
            catch (FeedFetchException exception)
            {
                return ApiProblems.Invalid("url", $"The address could not be read: {exception.Message}.");
            }
        }).WithName("DiscoverFeeds").RequireConfigureRole("sources");

        workspace.MapGet("/sources/opml", async (Guid workspaceId, HttpContext http, Workspaces workspaces, FeedSources feeds, CancellationToken ct) =>
        {
            var name = (await workspaces.FindAsync(workspaceId.ToString(), ct))?.Name ?? "Pantau";
            http.Response.ContentType = "text/x-opml; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"pantau-feeds.opml\"";
            await feeds.ExportOpmlAsync(workspaceId, name, http.Response.Body, ct);
        }).WithName("ExportOpml");

        workspace.MapPost("/sources/opml", async (Guid workspaceId, HttpRequest request, FeedSources feeds, CancellationToken ct) =>
        {
            if (await RequestBodies.ReadAsync(request, MaxOpmlBytes, ct) is not { } body)
            {
                return RequestBodies.TooLarge("An OPML document", MaxOpmlBytes);
            }

            try
            {
                using var opml = new MemoryStream(body, writable: false);
                return Results.Ok(await feeds.ImportOpmlAsync(workspaceId, opml, ct));
            }
            catch (FormatException exception)
            {
                return ApiProblems.Invalid("body", exception.Message);
            }
        }).WithName("ImportOpml").RequireConfigureRole("sources").DisableAntiforgery();
    }
}

public sealed record DiscoverRequest(string? Url);
