using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Api;

namespace Pantau.Server.Topics;

/// <summary>Creates, changes and deletes topics, then recompiles the matcher. Used by the API and the UI.</summary>
public sealed class TopicEditor(IDbContextFactory<PantauDbContext> contexts, TopicCatalog catalog, TimeProvider clock)
{
    public async Task<IResult> CreateAsync(Guid workspaceId, TopicInput input, CancellationToken cancellationToken)
    {
        if (TopicEndpoints.Validate(input, partial: false) is { } error)
        {
            return error.ToProblem();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var name = input.Name!.Trim();
        if (await db.Topics.AnyAsync(t => t.WorkspaceId == workspaceId && t.Name == name, cancellationToken))
        {
            return ApiProblems.Conflict("name", $"A topic named '{name}' already exists.");
        }

        var now = clock.GetUtcNow();
        var topic = new Topic
        {
            Id = Guid.CreateVersion7(now),
            WorkspaceId = workspaceId,
            Name = name,
            Query = input.Query!.Trim(),
            Color = input.Color ?? TopicEndpoints.DefaultColor,
            Enabled = input.Enabled ?? true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Topics.Add(topic);
        await db.SaveChangesAsync(cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/workspaces/{workspaceId}/topics/{topic.Id}", TopicDto.From(topic));
    }

    public async Task<IResult> UpdateAsync(Guid workspaceId, Guid topicId, TopicInput input, CancellationToken cancellationToken)
    {
        if (TopicEndpoints.Validate(input, partial: true) is { } error)
        {
            return error.ToProblem();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var topic = await db.Topics.FirstOrDefaultAsync(t => t.WorkspaceId == workspaceId && t.Id == topicId, cancellationToken);
        if (topic is null)
        {
            return ApiProblems.NotFound("The topic");
        }

        var name = input.Name?.Trim() ?? topic.Name;
        if (name != topic.Name && await db.Topics.AnyAsync(t => t.WorkspaceId == workspaceId && t.Name == name, cancellationToken))
        {
            return ApiProblems.Conflict("name", $"A topic named '{name}' already exists.");
        }

        topic.Name = name;
        topic.Query = input.Query?.Trim() ?? topic.Query;
        topic.Color = input.Color ?? topic.Color;
        topic.Enabled = input.Enabled ?? topic.Enabled;
        topic.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await catalog.ReloadAsync(cancellationToken);
        return TypedResults.Ok(TopicDto.From(topic));
    }

    public async Task<IResult> DeleteAsync(Guid workspaceId, Guid topicId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Topics.Where(t => t.WorkspaceId == workspaceId && t.Id == topicId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return ApiProblems.NotFound("The topic");
        }

        await catalog.ReloadAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
