using System.Security.Claims;
using System.Text.Json;
using Pantau.Server.Api;

namespace Pantau.Server.Mentions;

/// <summary>People correcting a mention's enrichment (sentiment, intent, spam), and what the team has corrected.</summary>
public static class CorrectionEndpoints
{
    public static void MapCorrectionEndpoints(this RouteGroupBuilder workspace)
    {
        var mention = workspace.MapGroup("/mentions/{mentionId:long}/corrections");
        mention.MapPost("/", async (Guid workspaceId, long mentionId, JsonElement body, ClaimsPrincipal user, MentionCorrector corrector, CancellationToken ct) =>
                CorrectionInput.TryRead(body, out var input) ?? await corrector.CorrectAsync(workspaceId, mentionId, input, user, ct))
            .Accepts<CorrectionInput>("application/json")
            .WithName("CorrectMention").RequireAgentRole("correct mentions");
        mention.MapGet("/", async (Guid workspaceId, long mentionId, CorrectionReader reader, CancellationToken ct) =>
                await reader.ListAsync(workspaceId, mentionId, ct) is { } corrections ? TypedResults.Ok(corrections) : ApiProblems.NotFound("The mention"))
            .WithName("ListMentionCorrections");

        workspace.MapGet("/corrections/summary", async (Guid workspaceId, CorrectionReader reader, CancellationToken ct) =>
                TypedResults.Ok(await reader.SummaryAsync(workspaceId, ct)))
            .WithName("CorrectionSummary");
    }
}
