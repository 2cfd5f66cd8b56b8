using Pantau.Server.Accounts;
using Pantau.Server.Alerts;
using Pantau.Server.Alerts.Crises;
using Pantau.Server.Alerts.Settings;
using Pantau.Server.Care;
using Pantau.Server.Care.Settings;
using Pantau.Server.Care.Webhooks;
using Pantau.Server.Contacts;
using Pantau.Server.Feeds;
using Pantau.Server.Hosting;
using Pantau.Server.Mentions;
using Pantau.Server.Sources;
using Pantau.Server.Topics;

namespace Pantau.Server.Api;

public static class ApiEndpoints
{
    public static WebApplication MapPantauApi(this WebApplication app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new { status = "ok" })).ExcludeFromDescription();
        app.MapGet("/readyz", (Readiness readiness) => readiness.IsReady
                ? Results.Ok(new { status = "ready" })
                : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable))
            .ExcludeFromDescription();

        var api = app.MapGroup("/api/v1").RequireAuthorization().WithTags("Pantau");
        api.MapGet("/workspaces", async (System.Security.Claims.ClaimsPrincipal user, WorkspaceAccess access, CancellationToken ct) =>
        {
            var workspaces = await access.WorkspacesAsync(user, ct);
            return TypedResults.Ok(workspaces.Select(w => new WorkspaceDto(w.Workspace.Id, w.Workspace.Name, w.Workspace.Slug, w.Workspace.IsDemo, w.Role.ToString().ToLowerInvariant())));
        }).WithName("ListWorkspaces");

        var workspace = api.MapGroup("/workspaces/{workspaceId:guid}").AddEndpointFilter<WorkspaceScope>();
        workspace.MapTopicEndpoints();
        workspace.MapSourceEndpoints();
        workspace.MapFeedEndpoints();
        workspace.MapMentionEndpoints();
        workspace.MapCorrectionEndpoints();
        workspace.MapCareSettingsEndpoints();
        workspace.MapCaseEndpoints();
        workspace.MapCareWebhooksAndCsat();
        workspace.MapContactEndpoints();
        workspace.MapAlertEndpoints();
        workspace.MapAlertSettingsEndpoints();
        workspace.MapCrisisEndpoints();
        return app;
    }
}

public sealed record WorkspaceDto(Guid Id, string Name, string Slug, bool IsDemo, string Role);
