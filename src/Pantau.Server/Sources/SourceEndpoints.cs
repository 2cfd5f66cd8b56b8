using Microsoft.EntityFrameworkCore;
using Pantau.Connectors.Abstractions;
using Pantau.Data;
using Pantau.Server.Api;

namespace Pantau.Server.Sources;

public static class SourceEndpoints
{
    /// <summary>Largest push delivery accepted, in bytes.</summary>
    public const long MaxDeliveryBytes = 5 * 1024 * 1024;

    public static void MapSourceEndpoints(this RouteGroupBuilder workspace)
    {
        var sources = workspace.MapGroup("/sources");

        sources.MapGet("/", async (Guid workspaceId, IDbContextFactory<PantauDbContext> contexts, SourceEditor editor, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var list = await db.Sources.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).OrderBy(s => s.Name).ToListAsync(ct);
            return TypedResults.Ok(list.Select(editor.ToDto));
        }).WithName("ListSources");

        sources.MapGet("/{sourceId:guid}", async (Guid workspaceId, Guid sourceId, IDbContextFactory<PantauDbContext> contexts, SourceEditor editor, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId && s.Id == sourceId, ct);
            return source is null ? ApiProblems.NotFound("The source") : TypedResults.Ok(editor.ToDto(source));
        }).WithName("GetSource");

        sources.MapGet("/{sourceId:guid}/health", async (Guid workspaceId, Guid sourceId, IDbContextFactory<PantauDbContext> contexts, SourceEditor editor, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId && s.Id == sourceId, ct);
            return source is null ? ApiProblems.NotFound("The source") : TypedResults.Ok(SourceHealthDto.From(source, editor.IsPush(source.Kind)));
        }).WithName("GetSourceHealth");

        sources.MapPost("/", async (Guid workspaceId, SourceInput input, SourceEditor editor, CancellationToken ct) =>
            await editor.CreateAsync(workspaceId, input, ct))
            .WithName("CreateSource").RequireConfigureRole("sources");

        sources.MapPut("/{sourceId:guid}", async (Guid workspaceId, Guid sourceId, SourceInput input, SourceEditor editor, CancellationToken ct) =>
            await editor.UpdateAsync(workspaceId, sourceId, input, ct))
            .WithName("UpdateSource").RequireConfigureRole("sources");

        sources.MapPost("/{sourceId:guid}/read-now", async (Guid workspaceId, Guid sourceId, SourceEditor editor, CancellationToken ct) =>
            await editor.ReadNowAsync(workspaceId, sourceId, ct))
            .WithName("ReadSourceNow").RequireConfigureRole("sources");

        sources.MapDelete("/{sourceId:guid}", async (Guid workspaceId, Guid sourceId, SourceEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(workspaceId, sourceId, ct))
            .WithName("DeleteSource").RequireConfigureRole("sources");

        sources.MapPost("/{sourceId:guid}/posts", DeliverAsync).WithName("PushPosts").DisableAntiforgery();
    }

    /// <summary>A push delivery: parsed by the source's connector, answered once its posts are stored.</summary>
    private static async Task<IResult> DeliverAsync(
        Guid workspaceId, Guid sourceId, HttpRequest request, IDbContextFactory<PantauDbContext> contexts, ConnectorRegistry connectors,
        IPostIngress ingress, ISourceStateStore state, SourceSecrets secrets, TimeProvider clock, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId && s.Id == sourceId, ct);
        if (source is null)
        {
            return ApiProblems.NotFound("The source");
        }

        if (connectors.Find(source.Kind) is not IPushConnector connector)
        {
            return ApiProblems.Invalid("sourceId", $"A {source.Kind} source does not accept pushed posts.");
        }

        if (!source.Enabled)
        {
            return TypedResults.Problem(title: "The source is disabled.", statusCode: StatusCodes.Status409Conflict);
        }

        if (await RequestBodies.ReadAsync(request, MaxDeliveryBytes, ct) is not { } body)
        {
            return RequestBodies.TooLarge("A delivery", MaxDeliveryBytes);
        }

        IReadOnlyList<Pantau.Core.Posts.RawPost> posts;
        try
        {
            posts = connector.ParseDelivery(secrets.ContextFor(source), body, clock);
        }
        catch (PushRejectedException rejected)
        {
            return TypedResults.Problem(title: "The delivery was rejected.", detail: rejected.Message, statusCode: StatusCodes.Status400BadRequest);
        }

        var ticket = await ingress.SubmitAsync(workspaceId, sourceId, posts, ct);
        var outcome = await ticket.Stored.WaitAsync(ct);
        await state.CheckpointAsync(sourceId, source.Cursor, new SourceProgress(clock.GetUtcNow(), outcome.Received, null), ct);
        return TypedResults.Ok(outcome);
    }
}
