using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Webhooks;

namespace Pantau.Server.Care.Csat;

public enum CsatState
{
    Open,
    Answered,
    Closed,
}

/// <summary>What the public page shows about a survey: only the workspace's name and the language, never the case.</summary>
public sealed record CsatView(string WorkspaceName, string Language, CsatState State, int? Score);

public enum CsatAnswerResult
{
    Recorded,
    AlreadyAnswered,
    Closed,
    NotFound,
    Invalid,
}

/// <summary>The public side of a survey, found by its token: showing it and recording the one answer.</summary>
public sealed class CsatAnswers(IDbContextFactory<PantauDbContext> contexts, TimeProvider time)
{
    public const int MaxCommentLength = 1000;

    public async Task<CsatView?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (
                from s in db.CsatSurveys.AsNoTracking()
                join c in db.Cases on s.CaseId equals c.Id
                join w in db.Workspaces on s.WorkspaceId equals w.Id
                where s.Token == token
                select new { s.SentAt, s.AnsweredAt, s.Score, c.Language, w.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var state = found.AnsweredAt is not null ? CsatState.Answered
            : time.GetUtcNow() - found.SentAt > CsatSurveys.OpenFor ? CsatState.Closed
            : CsatState.Open;
        return new CsatView(found.Name, CsatLanguage.Of(found.Language), state, found.Score);
    }

    /// <summary>Records the score (1–5) and comment once, with a <see cref="CaseEntryKind.CsatAnswered"/> entry on the case.</summary>
    public async Task<CsatAnswerResult> AnswerAsync(string token, int score, string? comment, CancellationToken cancellationToken)
    {
        if (!LooksLikeToken(token))
        {
            return CsatAnswerResult.NotFound;
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (score is < 1 or > 5 || comment?.Length > MaxCommentLength)
        {
            return CsatAnswerResult.Invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var survey = await db.CsatSurveys.AsNoTracking().FirstOrDefaultAsync(s => s.Token == token, cancellationToken);
        if (survey is null)
        {
            return CsatAnswerResult.NotFound;
        }

        if (survey.AnsweredAt is not null)
        {
            return CsatAnswerResult.AlreadyAnswered;
        }

        var now = time.GetUtcNow();
        if (now - survey.SentAt > CsatSurveys.OpenFor)
        {
            return CsatAnswerResult.Closed;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Conditional, so two submits racing each other record one answer.
        var updated = await db.CsatSurveys
            .Where(s => s.Id == survey.Id && s.AnsweredAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Score, score).SetProperty(s => s.Comment, comment).SetProperty(s => s.AnsweredAt, now), cancellationToken);
        if (updated == 0)
        {
            return CsatAnswerResult.AlreadyAnswered;
        }

        db.CaseEntries.Add(new CaseEntry
        {
            CaseId = survey.CaseId,
            WorkspaceId = survey.WorkspaceId,
            At = now,
            Kind = CaseEntryKind.CsatAnswered,
            Text = score.ToString(System.Globalization.CultureInfo.InvariantCulture),
            DataJson = JsonSerializer.Serialize(new { score, comment, agentId = survey.AgentId }, CareWebhookPayload.Json),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return CsatAnswerResult.Recorded;
    }

    /// <summary>Tokens are 32 base64url characters; anything else is not looked up.</summary>
    private static bool LooksLikeToken(string? token) =>
        token is { Length: >= 16 and <= 64 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
