using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Queries;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Api;

namespace Pantau.Server.Topics;

public sealed record TopicDto(Guid Id, string Name, string Query, string Color, bool Enabled, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static TopicDto From(Topic t) => new(t.Id, t.Name, t.Query, t.Color, t.Enabled, t.CreatedAt, t.UpdatedAt);
}

public sealed record TopicInput(string? Name, string? Query, string? Color, bool? Enabled);

public static partial class TopicEndpoints
{
    public const string DefaultColor = "#5c6bc0";

    public static void MapTopicEndpoints(this RouteGroupBuilder workspace)
    {
        var topics = workspace.MapGroup("/topics");

        topics.MapGet("/", async (Guid workspaceId, IDbContextFactory<PantauDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var list = await db.Topics.AsNoTracking().Where(t => t.WorkspaceId == workspaceId).OrderBy(t => t.Name).ToListAsync(ct);
            return TypedResults.Ok(list.Select(TopicDto.From));
        }).WithName("ListTopics");

        topics.MapGet("/{topicId:guid}", async (Guid workspaceId, Guid topicId, IDbContextFactory<PantauDbContext> contexts, CancellationToken ct) =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var topic = await db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.WorkspaceId == workspaceId && t.Id == topicId, ct);
            return topic is null ? ApiProblems.NotFound("The topic") : TypedResults.Ok(TopicDto.From(topic));
        }).WithName("GetTopic");

        topics.MapPost("/", async (Guid workspaceId, TopicInput input, TopicEditor editor, CancellationToken ct) =>
            await editor.CreateAsync(workspaceId, input, ct))
            .WithName("CreateTopic").RequireConfigureRole("topics");

        topics.MapPut("/{topicId:guid}", async (Guid workspaceId, Guid topicId, TopicInput input, TopicEditor editor, CancellationToken ct) =>
            await editor.UpdateAsync(workspaceId, topicId, input, ct))
            .WithName("UpdateTopic").RequireConfigureRole("topics");

        topics.MapDelete("/{topicId:guid}", async (Guid workspaceId, Guid topicId, TopicEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(workspaceId, topicId, ct))
            .WithName("DeleteTopic").RequireConfigureRole("topics");
    }

    /// <summary>Checks a topic's input; null when valid, else the field and what is wrong.</summary>
    public static (string Field, string Message)? Validate(TopicInput input, bool partial)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((!partial || input.Name is not null) && (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200))
        {
            return ("name", "A name of 1 to 200 characters is required.");
        }

        if (!partial || input.Query is not null)
        {
            if (string.IsNullOrWhiteSpace(input.Query) || input.Query.Length > 4000)
            {
                return ("query", "A query of 1 to 4000 characters is required.");
            }

            if (TermQuery.Parse(input.Query).Alternatives.Count == 0)
            {
                return ("query", "The query has no word to listen for.");
            }
        }

        if (input.Color is not null && !ColorPattern().IsMatch(input.Color))
        {
            return ("color", "Colour must be #rrggbb, e.g. #1e88e5.");
        }

        return null;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
