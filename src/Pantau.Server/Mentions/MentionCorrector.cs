using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Corrections;
using Pantau.Server.Accounts;
using Pantau.Server.Api;

namespace Pantau.Server.Mentions;

/// <summary>A person's correction of a mention's enrichment: any of the three, at least one.</summary>
public sealed record CorrectionInput(string? Sentiment, string? Intent, bool? Spam)
{
    /// <summary>
    /// Reads the API's JSON body, naming the field that is wrong (<c>spam</c> must be true or false, a field nobody
    /// knows is refused rather than ignored), where the framework's binding would answer a bare 400.
    /// </summary>
    public static IResult? TryRead(JsonElement body, out CorrectionInput input)
    {
        input = new CorrectionInput(null, null, null);
        if (body.ValueKind != JsonValueKind.Object)
        {
            return ApiProblems.Invalid("body", "The body must be a JSON object such as {\"sentiment\": \"negative\"}.");
        }

        string? sentiment = null;
        string? intent = null;
        bool? spam = null;
        foreach (var property in body.EnumerateObject())
        {
            var name = property.Name.ToLowerInvariant();
            var value = property.Value;
            switch (name)
            {
                case "sentiment" or "intent" when value.ValueKind is JsonValueKind.Null:
                    break;
                case "sentiment" or "intent" when value.ValueKind is not JsonValueKind.String:
                    return ApiProblems.Invalid(name, name == "sentiment" ? SentimentMessage : IntentMessage);
                case "sentiment":
                    sentiment = value.GetString();
                    break;
                case "intent":
                    intent = value.GetString();
                    break;
                case "spam" when value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                    spam = value.GetBoolean();
                    break;
                case "spam" when value.ValueKind is JsonValueKind.Null:
                    break;
                case "spam":
                    return ApiProblems.Invalid("spam", "Spam must be true or false.");
                default:
                    return ApiProblems.Invalid(property.Name, "Only sentiment, intent and spam can be corrected.");
            }
        }

        input = new CorrectionInput(sentiment, intent, spam);
        return null;
    }

    internal const string SentimentMessage = "Sentiment must be negative, neutral or positive.";
    internal const string IntentMessage = "Intent must be complaint, question, praise or other.";
}

/// <summary>
/// Records a person's correction of a mention's sentiment, intent or spam verdict (used by the API and the UI). The
/// mention takes the corrected value at once; the history keeps who, when and the model's original value.
/// </summary>
public sealed class MentionCorrector(IDbContextFactory<PantauDbContext> contexts, MentionReader reader, TimeProvider clock, ILogger<MentionCorrector> logger)
{
    /// <summary>200 with the mention as it is now (also when nothing changed), 400 naming a bad field, 404 outside the workspace.</summary>
    public async Task<IResult> CorrectAsync(Guid workspaceId, long mentionId, CorrectionInput input, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (Parse(input, out var change) is { } problem)
        {
            return problem;
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var (userId, name) = await Caller.OfAsync(db, caller, cancellationToken);
            var by = new Corrector(userId, name);
            var result = await CorrectionWriter.ApplyAsync(db, workspaceId, mentionId, change, by, clock.GetUtcNow(), cancellationToken);
            if (!result.Found)
            {
                return ApiProblems.NotFound("The mention");
            }

            foreach (var row in result.Written)
            {
                logger.LogInformation("{By} corrected the {Field} of mention {Mention} from {From} to {To}", by.Name, row.Field, mentionId, row.FromValue, row.ToValue);
            }
        }

        // The live stream carries only new mentions (MentionFeed has no updates): a page showing this one reloads to see it.
        return await reader.GetAsync(workspaceId, mentionId, cancellationToken) is { } mention
            ? TypedResults.Ok(mention)
            : ApiProblems.NotFound("The mention");
    }

    /// <summary>Checks the input; null when valid (with the typed change), else the problem naming the field.</summary>
    public static IResult? Parse(CorrectionInput? input, out EnrichmentCorrection change)
    {
        change = new EnrichmentCorrection();
        if (input is null || (input.Sentiment is null && input.Intent is null && input.Spam is null))
        {
            return ApiProblems.Invalid("body", "Give at least one of sentiment, intent or spam.");
        }

        Sentiment? sentiment = null;
        if (input.Sentiment is not null)
        {
            if (!EnrichmentNames.TryParseSentiment(input.Sentiment, out var s))
            {
                return ApiProblems.Invalid("sentiment", CorrectionInput.SentimentMessage);
            }

            sentiment = s;
        }

        Intent? intent = null;
        if (input.Intent is not null)
        {
            if (!EnrichmentNames.TryParseIntent(input.Intent, out var i))
            {
                return ApiProblems.Invalid("intent", CorrectionInput.IntentMessage);
            }

            intent = i;
        }

        change = new EnrichmentCorrection(sentiment, intent, input.Spam);
        return null;
    }
}
