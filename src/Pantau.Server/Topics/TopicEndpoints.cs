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

/// <summary>What is wrong with a topic's input; for a query that does not parse, where.</summary>
public sealed record TopicInputError(string Field, string Message, QueryError? Query = null)
{
    public IResult ToProblem() => ApiProblems.Invalid(Field, Message, Query is null ? null : new Dictionary<string, object?>
    {
        ["column"] = Query.Column,
        ["length"] = Query.Length,
    });
}

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

        // Any member may preview: it reads only what they can already see.
        topics.MapPost("/preview", async (Guid workspaceId, QueryPreviewInput input, QueryPreview preview, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(input.Query))
            {
                return ApiProblems.Invalid("query", "A query is required.");
            }

            var result = await preview.PreviewAsync(workspaceId, input.Query, ct);
            return result.Error is { } error
                ? new TopicInputError("query", error.Message + ".", error).ToProblem()
                : TypedResults.Ok(result);
        }).WithName("PreviewTopicQuery");

        topics.MapPut("/{topicId:guid}", async (Guid workspaceId, Guid topicId, TopicInput input, TopicEditor editor, CancellationToken ct) =>
            await editor.UpdateAsync(workspaceId, topicId, input, ct))
            .WithName("UpdateTopic").RequireConfigureRole("topics");

        topics.MapDelete("/{topicId:guid}", async (Guid workspaceId, Guid topicId, TopicEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(workspaceId, topicId, ct))
            .WithName("DeleteTopic").RequireConfigureRole("topics");
    }

    /// <summary>Checks a topic's input; null when valid, else the field and what is wrong.</summary>
    public static TopicInputError? Validate(TopicInput input, bool partial)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((!partial || input.Name is not null) && (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200))
        {
            return new TopicInputError("name", "A name of 1 to 200 characters is required.");
        }

        if (!partial || input.Query is not null)
        {
            if (string.IsNullOrWhiteSpace(input.Query))
            {
                return new TopicInputError("query", "A query is required: the words to listen for, such as nusantel OR \"kartu halo\".");
            }

            if (!QueryParser.TryParse(input.Query, out _, out var error))
            {
                return new TopicInputError("query", error!.Message + ".", error);
            }
        }

        if (input.Color is not null && !ColorPattern().IsMatch(input.Color))
        {
            return new TopicInputError("color", "Colour must be #rrggbb, e.g. #1e88e5.");
        }

        return null;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex ColorPattern();
}
