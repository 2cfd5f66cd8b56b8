using System.Globalization;
using System.Security.Claims;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Server.Api;
using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Inbox;
using Pantau.Server.Care.Measures;
using Pantau.Data;
using Pantau.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Pantau.Server.Care;

public sealed record AssignInput(Guid? AgentId, Guid? TeamId, bool? ToMe);

public sealed record StatusInput(string? Status);

public sealed record ReplyInput(string? Text, string? Visibility);

public sealed record ReviewInput(string? Reason);

public sealed record TextInput(string? Text);

public sealed record TagsInput(IReadOnlyList<string>? Add, IReadOnlyList<string>? Remove);

public sealed record CaseCorrectionInput(string? Sentiment, string? Intent);

public sealed record BulkInput(IReadOnlyList<long>? CaseIds, string? Action, Guid? AgentId, Guid? TeamId, IReadOnlyList<string>? Tags);

public sealed record PresenceInput(bool? Away);

public sealed record SavedViewInput(string? Name, InboxFilter? Filter, bool? Shared);

public sealed record SavedViewDto(Guid Id, string Name, InboxFilter Filter, bool Shared);

/// <summary>The care API: the inbox, a case with its timeline, and every action on it (see docs/api.md).</summary>
public static class CaseEndpoints
{
    public static void MapCaseEndpoints(this RouteGroupBuilder workspace)
    {
        var cases = workspace.MapGroup("/cases");

        cases.MapGet("/", async (Guid workspaceId, HttpContext http, InboxQuery inbox, string? after, int? limit, CancellationToken ct) =>
        {
            var viewer = UserId(http.User);
            var (filter, field, error) = InboxFilterParser.Parse(key => http.Request.Query[key].FirstOrDefault(), viewer);
            return filter is null
                ? ApiProblems.Invalid(field!, error!)
                : TypedResults.Ok(await inbox.PageAsync(workspaceId, filter, viewer, after, limit ?? InboxQuery.DefaultPageSize, ct));
        }).WithName("ListCases");

        cases.MapGet("/counts", async (Guid workspaceId, HttpContext http, InboxQuery inbox, CancellationToken ct) =>
            TypedResults.Ok(await inbox.CountsAsync(workspaceId, UserId(http.User), ct))).WithName("CountCases");

        cases.MapGet("/{caseId:long}", async (Guid workspaceId, long caseId, HttpContext http, CaseReader reader, CareActors actors, CancellationToken ct) =>
            await reader.GetAsync(workspaceId, caseId, await ActorAsync(http, actors, ct), ct) is { } detail
                ? TypedResults.Ok(detail)
                : ApiProblems.NotFound("The case")).WithName("GetCase");

        cases.MapGet("/by-number/{number:int}", async (Guid workspaceId, int number, HttpContext http, CaseReader reader, CareActors actors, CancellationToken ct) =>
            await reader.IdOfNumberAsync(workspaceId, number, ct) is { } id && await reader.GetAsync(workspaceId, id, await ActorAsync(http, actors, ct), ct) is { } detail
                ? TypedResults.Ok(detail)
                : ApiProblems.NotFound("The case")).WithName("GetCaseByNumber");

        cases.MapPost("/{caseId:long}/assign", async (Guid workspaceId, long caseId, AssignInput input, HttpContext http, CaseCommands commands, CareActors actors, CancellationToken ct) =>
        {
            var actor = await ActorAsync(http, actors, ct);
            var agent = input.ToMe == true ? actor.UserId : input.AgentId;
            return Answer(await commands.AssignAsync(workspaceId, caseId, agent, input.TeamId, actor, ct));
        }).WithName("AssignCase");

        cases.MapPost("/{caseId:long}/status", async (Guid workspaceId, long caseId, StatusInput input, HttpContext http, CaseCommands commands, CareActors actors, CancellationToken ct) =>
            !CaseStatusNames.TryParse(input.Status, out CaseStatus status)
                ? ApiProblems.Invalid("status", "status is open, pending, resolved or closed.")
                : Answer(await commands.ChangeStatusAsync(workspaceId, caseId, status, await ActorAsync(http, actors, ct), ct))).WithName("ChangeCaseStatus");

        cases.MapPost("/{caseId:long}/replies", async (Guid workspaceId, long caseId, ReplyInput input, HttpContext http, CaseReplies replies, CareActors actors, CancellationToken ct) =>
        {
            var visibility = input.Visibility?.ToLowerInvariant() switch
            {
                null or "" or "public" => (ReplyVisibility?)ReplyVisibility.Public,
                "private" => ReplyVisibility.Private,
                _ => null,
            };
            return visibility is null
                ? ApiProblems.Invalid("visibility", "visibility is public or private.")
                : Answer(await replies.ReplyAsync(workspaceId, caseId, input.Text, visibility.Value, await ActorAsync(http, actors, ct), ct), created: true);
        }).WithName("ReplyToCase");

        cases.MapPost("/{caseId:long}/replies/{entryId:long}/approve", async (Guid workspaceId, long caseId, long entryId, ReviewInput? input, HttpContext http, CaseReplies replies, CareActors actors, CancellationToken ct) =>
            Answer(await replies.ReviewAsync(workspaceId, entryId, true, input?.Reason, await ActorAsync(http, actors, ct), ct))).WithName("ApproveReply");

        cases.MapPost("/{caseId:long}/replies/{entryId:long}/reject", async (Guid workspaceId, long caseId, long entryId, ReviewInput? input, HttpContext http, CaseReplies replies, CareActors actors, CancellationToken ct) =>
            Answer(await replies.ReviewAsync(workspaceId, entryId, false, input?.Reason, await ActorAsync(http, actors, ct), ct))).WithName("RejectReply");

        cases.MapPost("/{caseId:long}/replies/{entryId:long}/retry", async (Guid workspaceId, long caseId, long entryId, HttpContext http, CaseReplies replies, CareActors actors, CancellationToken ct) =>
            Answer(await replies.RetryAsync(workspaceId, entryId, await ActorAsync(http, actors, ct), ct))).WithName("RetryReply");

        cases.MapPost("/{caseId:long}/answered-elsewhere", async (Guid workspaceId, long caseId, TextInput? input, HttpContext http, CaseReplies replies, CareActors actors, CancellationToken ct) =>
            Answer(await replies.AnsweredElsewhereAsync(workspaceId, caseId, input?.Text, await ActorAsync(http, actors, ct), ct))).WithName("AnsweredElsewhere");

        cases.MapPost("/{caseId:long}/notes", async (Guid workspaceId, long caseId, TextInput input, HttpContext http, CaseReplies replies, CareActors actors, CancellationToken ct) =>
            Answer(await replies.NoteAsync(workspaceId, caseId, input.Text, await ActorAsync(http, actors, ct), ct), created: true)).WithName("AddCaseNote");

        cases.MapPost("/{caseId:long}/tags", async (Guid workspaceId, long caseId, TagsInput input, HttpContext http, CaseCommands commands, CareActors actors, CancellationToken ct) =>
            Answer(await commands.TagAsync(workspaceId, caseId, input.Add ?? [], input.Remove ?? [], await ActorAsync(http, actors, ct), ct))).WithName("TagCase");

        cases.MapPost("/{caseId:long}/correction", async (Guid workspaceId, long caseId, CaseCorrectionInput input, HttpContext http, CaseCommands commands, CareActors actors, CancellationToken ct) =>
        {
            Sentiment? sentiment = null;
            Intent? intent = null;
            if (input.Sentiment is not null)
            {
                if (!EnrichmentNames.TryParseSentiment(input.Sentiment, out var s))
                {
                    return ApiProblems.Invalid("sentiment", "sentiment is negative, neutral or positive.");
                }

                sentiment = s;
            }

            if (input.Intent is not null)
            {
                if (!EnrichmentNames.TryParseIntent(input.Intent, out var i))
                {
                    return ApiProblems.Invalid("intent", "intent is complaint, question, praise or other.");
                }

                intent = i;
            }

            return Answer(await commands.CorrectAsync(workspaceId, caseId, sentiment, intent, await ActorAsync(http, actors, ct), ct));
        }).WithName("CorrectCase");

        cases.MapPost("/{caseId:long}/spam", async (Guid workspaceId, long caseId, HttpContext http, CaseCommands commands, CareActors actors, CancellationToken ct) =>
            Answer(await commands.MarkSpamAsync(workspaceId, caseId, await ActorAsync(http, actors, ct), ct))).WithName("MarkCaseSpam");

        cases.MapPost("/bulk", async (Guid workspaceId, BulkInput input, HttpContext http, CaseCommands commands, CareActors actors, CancellationToken ct) =>
        {
            if (input.CaseIds is not { Count: > 0 and <= 500 })
            {
                return ApiProblems.Invalid("caseIds", "Give 1 to 500 case ids.");
            }

            if (!Enum.TryParse<BulkActionKind>(input.Action, ignoreCase: true, out var kind))
            {
                return ApiProblems.Invalid("action", "action is assign, tag, resolve or spam.");
            }

            var outcomes = await commands.BulkAsync(workspaceId, input.CaseIds, new BulkCaseAction(kind, input.AgentId, input.TeamId, input.Tags), await ActorAsync(http, actors, ct), ct);
            return TypedResults.Ok(outcomes.Select(o => new
            {
                caseId = o.Key,
                ok = o.Value.Succeeded,
                error = o.Value.Succeeded ? null : o.Value.Message,
            }));
        }).WithName("BulkCases");

        workspace.MapPost("/mentions/{mentionId:long}/case", async (Guid workspaceId, long mentionId, HttpContext http, CaseCommands commands, CareActors actors, CancellationToken ct) =>
        {
            var (outcome, number) = await commands.OpenFromMentionAsync(workspaceId, mentionId, await ActorAsync(http, actors, ct), ct);
            return outcome.Succeeded ? TypedResults.Ok(new { number }) : outcome.ToProblem();
        }).WithName("OpenCaseFromMention");

        workspace.MapGet("/care/measures", async (Guid workspaceId, DateTimeOffset? from, DateTimeOffset? to, CareMeasures measures, TimeProvider clock, CancellationToken ct) =>
        {
            var until = to ?? clock.GetUtcNow();
            var since = from ?? until - TimeSpan.FromDays(7);
            return since >= until || until - since > TimeSpan.FromDays(366)
                ? ApiProblems.Invalid("from", "from must be before to, at most a year apart.")
                : TypedResults.Ok(await measures.ReportAsync(workspaceId, since, until, ct));
        }).WithName("CareMeasures");

        var views = workspace.MapGroup("/care/views");
        views.MapGet("/", async (Guid workspaceId, HttpContext http, IDbContextFactory<PantauDbContext> contexts, CancellationToken ct) =>
        {
            var user = UserId(http.User);
            await using var db = await contexts.CreateDbContextAsync(ct);
            var rows = await db.SavedViews.AsNoTracking().Where(v => v.WorkspaceId == workspaceId && (v.UserId == null || v.UserId == user)).OrderBy(v => v.Name).ToListAsync(ct);
            return TypedResults.Ok(rows.Select(v => new SavedViewDto(v.Id, v.Name, SavedViews.Read(v.FilterJson), v.UserId is null)));
        }).WithName("ListSavedViews");

        views.MapPost("/", async (Guid workspaceId, SavedViewInput input, HttpContext http, IDbContextFactory<PantauDbContext> contexts, TimeProvider clock, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
            {
                return ApiProblems.Invalid("name", "A view needs a name of at most 100 characters.");
            }

            // A view for everyone is a supervisor's call; an API key (no user) can only make shared ones, so it needs that role too.
            var user = UserId(http.User);
            var shared = input.Shared == true || user is null;
            if (shared && WorkspaceScope.RoleOf(http) < WorkspaceRole.Supervisor)
            {
                return ApiProblems.Forbidden("Only supervisors and admins share views with the whole workspace.");
            }

            await using var db = await contexts.CreateDbContextAsync(ct);
            var view = new SavedView
            {
                Id = Guid.NewGuid(),
                WorkspaceId = workspaceId,
                UserId = shared ? null : user,
                Name = input.Name.Trim(),
                FilterJson = SavedViews.Write(input.Filter ?? new InboxFilter()),
                CreatedAt = clock.GetUtcNow(),
            };
            db.SavedViews.Add(view);
            await db.SaveChangesAsync(ct);
            return TypedResults.Created($"{http.Request.Path}/{view.Id}", new SavedViewDto(view.Id, view.Name, SavedViews.Read(view.FilterJson), shared));
        }).WithName("CreateSavedView");

        views.MapDelete("/{viewId:guid}", async (Guid workspaceId, Guid viewId, HttpContext http, IDbContextFactory<PantauDbContext> contexts, CancellationToken ct) =>
        {
            var user = UserId(http.User);
            var supervisor = WorkspaceScope.RoleOf(http) >= WorkspaceRole.Supervisor;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var deleted = await db.SavedViews
                .Where(v => v.WorkspaceId == workspaceId && v.Id == viewId && (v.UserId == user && user != null || (v.UserId == null && supervisor)))
                .ExecuteDeleteAsync(ct);
            return deleted == 0 ? ApiProblems.NotFound("The view") : TypedResults.NoContent();
        }).WithName("DeleteSavedView");

        workspace.MapPost("/care/presence", (Guid workspaceId, PresenceInput? input, HttpContext http, AgentPresence presence) =>
        {
            if (UserId(http.User) is not { } user)
            {
                return ApiProblems.Invalid("user", "Presence is for signed-in agents, not API keys.");
            }

            if (input?.Away is { } away)
            {
                presence.SetAway(workspaceId, user, away);
            }
            else
            {
                presence.Beat(workspaceId, user);
            }

            return TypedResults.Ok(new { online = presence.IsOnline(workspaceId, user) });
        }).WithName("AgentPresence");
    }

    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), CultureInfo.InvariantCulture, out var id) ? id : null;

    private static Task<CareActor> ActorAsync(HttpContext http, CareActors actors, CancellationToken ct) =>
        actors.ForAsync(http.User, WorkspaceScope.RoleOf(http), ct);

    private static IResult Answer(CaseOutcome outcome, bool created = false) =>
        !outcome.Succeeded ? outcome.ToProblem()
        : created ? TypedResults.Ok(new { entryId = outcome.EntryId })
        : TypedResults.NoContent();
}
