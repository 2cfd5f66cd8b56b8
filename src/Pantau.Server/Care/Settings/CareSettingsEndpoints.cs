using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Api;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// <c>/api/v1/workspaces/{id}/care/…</c>: settings, teams, routing rules and canned responses. Any member reads the
/// configuration; canned responses are read by agents and above (they are working material); supervisors and admins write.
/// </summary>
public static class CareSettingsEndpoints
{
    private const string What = "care settings";

    public static void MapCareSettingsEndpoints(this RouteGroupBuilder workspace)
    {
        var care = workspace.MapGroup("/care");
        MapSettings(care);
        MapTeams(care);
        MapRoutingRules(care);
        MapCannedResponses(care);
    }

    private static void MapSettings(RouteGroupBuilder care)
    {
        care.MapGet("/settings", async (Guid workspaceId, CareSettingsEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.GetAsync(workspaceId, ct))).WithName("GetCareSettings");

        care.MapPut("/settings", async (Guid workspaceId, CareSettingsInput input, CareSettingsEditor editor, CancellationToken ct) =>
            (await editor.UpdateAsync(workspaceId, input, ct)).ToResult(TypedResults.Ok))
            .WithName("UpdateCareSettings").RequireConfigureRole(What);

        // The members a team or a rule can name.
        care.MapGet("/agents", async (Guid workspaceId, TeamEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.AgentsAsync(workspaceId, ct))).WithName("ListCareAgents");
    }

    private static void MapTeams(RouteGroupBuilder care)
    {
        var teams = care.MapGroup("/teams");
        teams.MapGet("/", async (Guid workspaceId, TeamEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ListAsync(workspaceId, ct))).WithName("ListTeams");

        teams.MapGet("/{teamId:guid}", async (Guid workspaceId, Guid teamId, TeamEditor editor, CancellationToken ct) =>
            await editor.GetAsync(workspaceId, teamId, ct) is { } team ? TypedResults.Ok(team) : ApiProblems.NotFound("The team")).WithName("GetTeam");

        teams.MapPost("/", async (Guid workspaceId, TeamInput input, TeamEditor editor, CancellationToken ct) =>
            (await editor.CreateAsync(workspaceId, input, ct)).ToResult(team => TypedResults.Created($"/api/v1/workspaces/{workspaceId}/care/teams/{team.Id}", team)))
            .WithName("CreateTeam").RequireConfigureRole(What);

        teams.MapPut("/{teamId:guid}", async (Guid workspaceId, Guid teamId, TeamInput input, TeamEditor editor, CancellationToken ct) =>
            (await editor.UpdateAsync(workspaceId, teamId, input, ct)).ToResult(TypedResults.Ok))
            .WithName("UpdateTeam").RequireConfigureRole(What);

        teams.MapDelete("/{teamId:guid}", async (Guid workspaceId, Guid teamId, TeamEditor editor, CancellationToken ct) =>
            (await editor.DeleteAsync(workspaceId, teamId, ct)).ToResult(_ => TypedResults.NoContent()))
            .WithName("DeleteTeam").RequireConfigureRole(What);
    }

    private static void MapRoutingRules(RouteGroupBuilder care)
    {
        var rules = care.MapGroup("/routing-rules");
        rules.MapGet("/", async (Guid workspaceId, RoutingRuleEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ListAsync(workspaceId, ct))).WithName("ListRoutingRules");

        rules.MapGet("/{ruleId:guid}", async (Guid workspaceId, Guid ruleId, RoutingRuleEditor editor, CancellationToken ct) =>
            await editor.GetAsync(workspaceId, ruleId, ct) is { } rule ? TypedResults.Ok(rule) : ApiProblems.NotFound("The routing rule")).WithName("GetRoutingRule");

        rules.MapPost("/", async (Guid workspaceId, RoutingRuleInput input, RoutingRuleEditor editor, CancellationToken ct) =>
            (await editor.CreateAsync(workspaceId, input, ct)).ToResult(rule => TypedResults.Created($"/api/v1/workspaces/{workspaceId}/care/routing-rules/{rule.Id}", rule)))
            .WithName("CreateRoutingRule").RequireConfigureRole(What);

        rules.MapPut("/{ruleId:guid}", async (Guid workspaceId, Guid ruleId, RoutingRuleInput input, RoutingRuleEditor editor, CancellationToken ct) =>
            (await editor.UpdateAsync(workspaceId, ruleId, input, ct)).ToResult(TypedResults.Ok))
            .WithName("UpdateRoutingRule").RequireConfigureRole(What);

        rules.MapDelete("/{ruleId:guid}", async (Guid workspaceId, Guid ruleId, RoutingRuleEditor editor, CancellationToken ct) =>
            (await editor.DeleteAsync(workspaceId, ruleId, ct)).ToResult(_ => TypedResults.NoContent()))
            .WithName("DeleteRoutingRule").RequireConfigureRole(What);

        rules.MapPost("/order", async (Guid workspaceId, RoutingRuleOrder order, RoutingRuleEditor editor, CancellationToken ct) =>
            (await editor.ReorderAsync(workspaceId, order, ct)).ToResult(TypedResults.Ok))
            .WithName("ReorderRoutingRules").RequireConfigureRole(What);
    }

    private static void MapCannedResponses(RouteGroupBuilder care)
    {
        var canned = care.MapGroup("/canned-responses");
        canned.MapGet("/", async (Guid workspaceId, CannedResponseEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ListAsync(workspaceId, ct))).WithName("ListCannedResponses").RequireAgentRole("read canned responses");

        canned.MapGet("/{id:guid}", async (Guid workspaceId, Guid id, CannedResponseEditor editor, CancellationToken ct) =>
            await editor.GetAsync(workspaceId, id, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound("The canned response"))
            .WithName("GetCannedResponse").RequireAgentRole("read canned responses");

        canned.MapPost("/", async (Guid workspaceId, CannedResponseInput input, CannedResponseEditor editor, CancellationToken ct) =>
            (await editor.CreateAsync(workspaceId, input, ct)).ToResult(c => TypedResults.Created($"/api/v1/workspaces/{workspaceId}/care/canned-responses/{c.Id}", c)))
            .WithName("CreateCannedResponse").RequireConfigureRole(What);

        canned.MapPut("/{id:guid}", async (Guid workspaceId, Guid id, CannedResponseInput input, CannedResponseEditor editor, CancellationToken ct) =>
            (await editor.UpdateAsync(workspaceId, id, input, ct)).ToResult(TypedResults.Ok))
            .WithName("UpdateCannedResponse").RequireConfigureRole(What);

        canned.MapDelete("/{id:guid}", async (Guid workspaceId, Guid id, CannedResponseEditor editor, CancellationToken ct) =>
            (await editor.DeleteAsync(workspaceId, id, ct)).ToResult(_ => TypedResults.NoContent()))
            .WithName("DeleteCannedResponse").RequireConfigureRole(What);

        // Renders the stored body, or an edited one sent in the request, with sample values (and the caller's name as the agent).
        canned.MapPost("/{id:guid}/preview", async (Guid workspaceId, Guid id, CannedPreviewInput? input, ClaimsPrincipal user,
            CannedResponseEditor editor, IDbContextFactory<PantauDbContext> contexts, CancellationToken ct) =>
        {
            if (await editor.GetAsync(workspaceId, id, ct) is not { } found)
            {
                return ApiProblems.NotFound("The canned response");
            }

            var body = input?.Body ?? found.Body;
            if (body.Length > CannedResponseEditor.MaxBody)
            {
                return ApiProblems.Invalid("body", $"A body of 1 to {CannedResponseEditor.MaxBody} characters is required.");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var workspaceName = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Name).FirstAsync(ct);
            var agentName = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId)
                ? await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct)
                : null;
            return TypedResults.Ok(CannedResponseEditor.Preview(body, workspaceName, agentName));
        }).WithName("PreviewCannedResponse").RequireAgentRole("preview canned responses");
    }
}
