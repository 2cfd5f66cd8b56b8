using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Webhooks;

namespace Pantau.Server.Care.Csat;

/// <summary>The invitation to a survey: the token, its public page (null without a public URL) and the text to send.</summary>
public sealed record CsatInvite(string Token, string? Url, string Message);

/// <summary>Sent, answered, average score and the share of 4s and 5s (CSAT %), over surveys sent in a period.</summary>
public sealed record CsatFigures(int Sent, int Answered, double? AverageScore, double? CsatPercent);

public sealed record CsatAgentFigures(Guid? AgentId, string? AgentName, int Sent, int Answered, double? AverageScore, double? CsatPercent);

public sealed record CsatSummary(DateTimeOffset From, DateTimeOffset To, CsatFigures Overall, IReadOnlyList<CsatAgentFigures> Agents);

/// <summary>Creates satisfaction surveys for resolved cases and sums up their answers.</summary>
public sealed class CsatSurveys(IDbContextFactory<PantauDbContext> contexts, CareLinks links, TimeProvider time)
{
    /// <summary>A survey is answered within this, or it closes.</summary>
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(30);

    /// <summary>
    /// Adds a survey and a <see cref="CaseEntryKind.CsatSent"/> timeline entry to <paramref name="db"/> without saving; the
    /// caller saves them with the resolution. The case must have been saved before (it needs its id).
    /// </summary>
    public Task<CsatInvite> CreateAsync(PantauDbContext db, Case @case, Guid? agentId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.Id == 0)
        {
            throw new ArgumentException("The case must be saved before a survey is created for it.", nameof(@case));
        }

        var now = time.GetUtcNow();
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        var url = links.Survey(token);
        db.CsatSurveys.Add(new CsatSurvey
        {
            WorkspaceId = @case.WorkspaceId,
            CaseId = @case.Id,
            Token = token,
            SentAt = now,
            AgentId = agentId,
        });
        db.CaseEntries.Add(new CaseEntry
        {
            CaseId = @case.Id,
            WorkspaceId = @case.WorkspaceId,
            At = now,
            Kind = CaseEntryKind.CsatSent,
            Url = url,
            DataJson = JsonSerializer.Serialize(new { agentId }, CareWebhookPayload.Json),
        });
        return Task.FromResult(new CsatInvite(token, url, Invitation(@case.Language, url)));
    }

    /// <summary>The invitation in the case's language (Indonesian unless it is English), with the link when there is one.</summary>
    public static string Invitation(string? language, string? url)
    {
        var text = CsatLanguage.Of(language) == "en"
            ? "Thank you for contacting us. How would you rate our help?"
            : "Terima kasih sudah menghubungi kami. Bagaimana penilaian Anda atas bantuan kami?";
        return url is null ? text : text + " " + url;
    }

    /// <summary>Surveys sent from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), overall and by agent.</summary>
    public async Task<CsatSummary> SummaryAsync(Guid workspaceId, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var groups = await db.CsatSurveys.AsNoTracking()
            .Where(s => s.WorkspaceId == workspaceId && s.SentAt >= from && s.SentAt < to)
            .GroupBy(s => s.AgentId)
            .Select(g => new
            {
                AgentId = g.Key,
                Sent = g.Count(),
                Answered = g.Count(s => s.Score != null),
                ScoreSum = g.Sum(s => s.Score ?? 0),
                Satisfied = g.Count(s => s.Score >= 4),
            })
            .ToListAsync(ct);
        var agentIds = groups.Where(g => g.AgentId is not null).Select(g => g.AgentId!.Value).ToList();
        var names = await db.Users.AsNoTracking()
            .Where(u => agentIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        var agents = groups
            .Select(g =>
            {
                var f = Figures(g.Sent, g.Answered, g.ScoreSum, g.Satisfied);
                return new CsatAgentFigures(g.AgentId, g.AgentId is { } id ? names.GetValueOrDefault(id) : null, f.Sent, f.Answered, f.AverageScore, f.CsatPercent);
            })
            .OrderByDescending(a => a.Sent).ThenBy(a => a.AgentName, StringComparer.CurrentCulture)
            .ToList();
        var overall = Figures(groups.Sum(g => g.Sent), groups.Sum(g => g.Answered), groups.Sum(g => g.ScoreSum), groups.Sum(g => g.Satisfied));
        return new CsatSummary(from, to, overall, agents);
    }

    private static CsatFigures Figures(int sent, int answered, int scoreSum, int satisfied) =>
        answered == 0
            ? new CsatFigures(sent, 0, null, null)
            : new CsatFigures(sent, answered, Math.Round((double)scoreSum / answered, 2), Math.Round(100.0 * satisfied / answered, 1));
}

/// <summary>A survey speaks the case's language: Indonesian, or English for English cases.</summary>
public static class CsatLanguage
{
    public static string Of(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "id";
}
