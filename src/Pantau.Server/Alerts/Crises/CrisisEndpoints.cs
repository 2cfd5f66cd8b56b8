using Pantau.Data;
using Pantau.Server.Accounts;
using Pantau.Server.Api;

namespace Pantau.Server.Alerts.Crises;

public sealed record CrisisTextInput(string? Text);

public sealed record CrisisOwnerInput(Guid? OwnerId);

public sealed record CrisisCaseInput(int? Number);

/// <summary>The crisis room's API (see docs/api.md): open from an alert or a story, the statement's approval, notes, cases, the report.</summary>
public static class CrisisEndpoints
{
    public static void MapCrisisEndpoints(this RouteGroupBuilder workspace)
    {
        var crises = workspace.MapGroup("/crises");

        crises.MapGet("/", async (Guid workspaceId, bool? active, CrisisReader reader, CancellationToken ct) =>
            TypedResults.Ok(await reader.ListAsync(workspaceId, active ?? false, ct))).WithName("ListCrises");

        crises.MapPost("/", async (Guid workspaceId, OpenCrisisInput input, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
        {
            var outcome = await room.OpenAsync(workspaceId, input, await Caller.OfAsync(db, http.User, ct), ct);
            return outcome.Succeeded
                ? TypedResults.Created($"/api/v1/workspaces/{workspaceId}/crises/{outcome.Id}", new { id = outcome.Id, number = outcome.Number })
                : Problem(outcome);
        }).RequireAgentRole("open a crisis").WithName("OpenCrisis");

        crises.MapGet("/{crisisId:guid}", async (Guid workspaceId, Guid crisisId, CrisisReader reader, CancellationToken ct) =>
            await reader.GetAsync(workspaceId, crisisId, ct) is { } detail ? TypedResults.Ok(detail) : ApiProblems.NotFound("The crisis")).WithName("GetCrisis");

        crises.MapGet("/{crisisId:guid}/report", async (Guid workspaceId, Guid crisisId, CrisisReader reader, CancellationToken ct) =>
            await reader.ReportAsync(workspaceId, crisisId, ct) is { } report ? TypedResults.Ok(report) : ApiProblems.NotFound("The crisis")).WithName("GetCrisisReport");

        crises.MapPut("/{crisisId:guid}/statement", async (Guid workspaceId, Guid crisisId, CrisisTextInput input, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.EditStatementAsync(workspaceId, crisisId, input.Text, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("draft the statement").WithName("EditCrisisStatement");

        crises.MapPost("/{crisisId:guid}/statement/submit", async (Guid workspaceId, Guid crisisId, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.SubmitStatementAsync(workspaceId, crisisId, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("submit the statement").WithName("SubmitCrisisStatement");

        crises.MapPost("/{crisisId:guid}/statement/approve", async (Guid workspaceId, Guid crisisId, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.ApproveStatementAsync(workspaceId, crisisId, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireConfigureRole("approve the statement").WithName("ApproveCrisisStatement");

        crises.MapPost("/{crisisId:guid}/statement/publish", async (Guid workspaceId, Guid crisisId, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.PublishStatementAsync(workspaceId, crisisId, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("publish the statement").WithName("PublishCrisisStatement");

        crises.MapPost("/{crisisId:guid}/notes", async (Guid workspaceId, Guid crisisId, CrisisTextInput input, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.NoteAsync(workspaceId, crisisId, input.Text, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("log an action").WithName("LogCrisisAction");

        crises.MapPost("/{crisisId:guid}/owner", async (Guid workspaceId, Guid crisisId, CrisisOwnerInput input, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            input.OwnerId is not { } owner
                ? ApiProblems.Invalid("ownerId", "ownerId is required.")
                : Answer(await room.SetOwnerAsync(workspaceId, crisisId, owner, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("change the owner").WithName("SetCrisisOwner");

        crises.MapPost("/{crisisId:guid}/cases", async (Guid workspaceId, Guid crisisId, CrisisCaseInput input, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            input.Number is not { } number
                ? ApiProblems.Invalid("number", "number (the case number) is required.")
                : Answer(await room.LinkCaseAsync(workspaceId, crisisId, number, true, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("link a case").WithName("LinkCrisisCase");

        crises.MapDelete("/{crisisId:guid}/cases/{number:int}", async (Guid workspaceId, Guid crisisId, int number, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.LinkCaseAsync(workspaceId, crisisId, number, false, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("unlink a case").WithName("UnlinkCrisisCase");

        crises.MapPost("/{crisisId:guid}/resolve", async (Guid workspaceId, Guid crisisId, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.ResolveAsync(workspaceId, crisisId, true, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("resolve a crisis").WithName("ResolveCrisis");

        crises.MapPost("/{crisisId:guid}/reopen", async (Guid workspaceId, Guid crisisId, HttpContext http, CrisisRoom room, PantauDbContext db, CancellationToken ct) =>
            Answer(await room.ResolveAsync(workspaceId, crisisId, false, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("reopen a crisis").WithName("ReopenCrisis");
    }

    private static IResult Answer(CrisisOutcome outcome) => outcome.Succeeded ? TypedResults.NoContent() : Problem(outcome);

    private static IResult Problem(CrisisOutcome outcome) => outcome.Status switch
    {
        404 => ApiProblems.NotFound(outcome.Message ?? "It"),
        409 => ApiProblems.Conflict(outcome.Field ?? "crisis", outcome.Message ?? "Conflict"),
        _ => ApiProblems.Invalid(outcome.Field ?? "crisis", outcome.Message ?? "Invalid"),
    };
}
