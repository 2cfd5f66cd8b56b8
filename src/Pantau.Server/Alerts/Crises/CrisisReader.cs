using Microsoft.EntityFrameworkCore;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Stories;
using Pantau.Server.Care.Cases;

namespace Pantau.Server.Alerts.Crises;

/// <summary>What the crisis room shows: the live curve, the story's spread, the cases, the statement and the log; and the report after.</summary>
public sealed class CrisisReader(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    /// <summary>The curve starts this long before the first post, so the room shows what normal looked like.</summary>
    public static readonly TimeSpan CurveLeadIn = TimeSpan.FromHours(24);

    /// <summary>The longest curve drawn: a month of hours.</summary>
    public static readonly TimeSpan MaxCurve = TimeSpan.FromDays(31);

    public async Task<IReadOnlyList<CrisisSummaryDto>> ListAsync(Guid workspaceId, bool activeOnly, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Crises.AsNoTracking().Where(c => c.WorkspaceId == workspaceId);
        if (activeOnly)
        {
            query = query.Where(c => c.Status == CrisisStatus.Active);
        }

        var rows = await query.OrderByDescending(c => c.Number).Take(200).ToListAsync(cancellationToken);
        return rows.Select(Summary).ToList();
    }

    public async Task<Guid?> IdOfNumberAsync(Guid workspaceId, int number, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Crises.Where(c => c.WorkspaceId == workspaceId && c.Number == number).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<CrisisDetailDto?> GetAsync(Guid workspaceId, Guid crisisId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var crisis = await db.Crises.AsNoTracking().Include(c => c.Log).FirstOrDefaultAsync(c => c.Id == crisisId && c.WorkspaceId == workspaceId, cancellationToken);
        if (crisis is null)
        {
            return null;
        }

        var topics = TopicsOf(crisis);
        var cases = await CasesAsync(db, crisis, cancellationToken);
        var end = crisis.ResolvedAt is { } resolved ? resolved + CurveLeadIn : clock.GetUtcNow();
        var volume = await VolumeAsync(db, workspaceId, topics, crisis.StoryId, crisis.FirstPostAt - CurveLeadIn, end, cancellationToken);
        var story = crisis.StoryId is { } storyId ? await StoryReader.SpreadAsync(db, workspaceId, storyId, cancellationToken) : null;
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.CrisisId == crisisId).OrderBy(a => a.Number).Select(a => a.Id).ToListAsync(cancellationToken);
        return new CrisisDetailDto(
            Summary(crisis) with { FirstResponseAt = FirstResponse(crisis, cases) },
            topics,
            new StatementDto(crisis.HoldingStatement, crisis.StatementStatus.ToString().ToLowerInvariant(), crisis.StatementApprovedBy, crisis.StatementApprovedAt),
            crisis.Log.OrderByDescending(l => l.At).ThenByDescending(l => l.Id).Select(ToDto).ToList(),
            cases,
            volume,
            story,
            alerts);
    }

    /// <summary>
    /// The post-crisis report: the timeline (first post, alerts, every action), the reaction time from the first post to the
    /// first public response, and the volume and negative share per hour in the day before and after that response.
    /// </summary>
    public async Task<CrisisReportDto?> ReportAsync(Guid workspaceId, Guid crisisId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var crisis = await db.Crises.AsNoTracking().Include(c => c.Log).FirstOrDefaultAsync(c => c.Id == crisisId && c.WorkspaceId == workspaceId, cancellationToken);
        if (crisis is null)
        {
            return null;
        }

        var topics = TopicsOf(crisis);
        var cases = await CasesAsync(db, crisis, cancellationToken);
        var response = FirstResponse(crisis, cases);
        var timeline = new List<CrisisLogDto> { new(0, crisis.FirstPostAt, "", "first_post", "") };
        var alerts = await db.Alerts.AsNoTracking().Where(a => a.CrisisId == crisisId || a.Id == crisis.OriginAlertId)
            .Select(a => new { a.Number, a.FiredAt, a.Title }).ToListAsync(cancellationToken);
        timeline.AddRange(alerts.Select(a => new CrisisLogDto(0, a.FiredAt, "Pantau", "alert_fired", $"#{a.Number}: {a.Title}")));
        timeline.AddRange(crisis.Log.Select(ToDto));
        if (cases.Where(c => c.FirstResponseAt is not null).MinBy(c => c.FirstResponseAt) is { } firstAnswered)
        {
            timeline.Add(new CrisisLogDto(0, firstAnswered.FirstResponseAt!.Value, "", "first_case_reply", $"#{firstAnswered.Number}"));
        }

        double? before = null, after = null, negativeBefore = null, negativeAfter = null;
        var end = crisis.ResolvedAt ?? clock.GetUtcNow();
        var curve = await VolumeAsync(db, workspaceId, topics, crisis.StoryId, crisis.FirstPostAt - CurveLeadIn, end, cancellationToken);
        if (response is { } r)
        {
            var beforeHours = curve.Where(p => p.Hour >= r - TimeSpan.FromHours(24) && p.Hour < r).ToList();
            var afterHours = curve.Where(p => p.Hour >= r && p.Hour < r + TimeSpan.FromHours(24)).ToList();
            (before, negativeBefore) = Rates(beforeHours);
            (after, negativeAfter) = Rates(afterHours);
        }

        return new CrisisReportDto(
            Summary(crisis) with { FirstResponseAt = response },
            timeline.OrderBy(t => t.At).ToList(),
            response - crisis.FirstPostAt,
            before, after, negativeBefore, negativeAfter,
            curve.Sum(p => p.Total),
            cases.Count,
            cases.Count(c => c.Status is "resolved" or "closed"));
    }

    private static (double? PerHour, double? NegativeShare) Rates(List<VolumePointDto> hours)
    {
        if (hours.Count == 0)
        {
            return (null, null);
        }

        var total = hours.Sum(h => h.Total);
        return ((double)total / hours.Count, total == 0 ? null : (double)hours.Sum(h => h.Negative) / total);
    }

    private static DateTimeOffset? FirstResponse(Crisis crisis, IReadOnlyList<CrisisCaseDto> cases)
    {
        var caseReply = cases.Where(c => c.FirstResponseAt is not null).Min(c => c.FirstResponseAt);
        return crisis.FirstResponseAt is { } statement && (caseReply is null || statement < caseReply) ? statement : caseReply;
    }

    /// <summary>Cases linked by hand, and cases opened for a post of the crisis's story.</summary>
    private static async Task<IReadOnlyList<CrisisCaseDto>> CasesAsync(PantauDbContext db, Crisis crisis, CancellationToken cancellationToken)
    {
        var linked = db.CrisisCases.Where(c => c.CrisisId == crisis.Id).Select(c => c.CaseId);
        var storyMentions = db.StoryMembers.Where(m => m.StoryId == crisis.StoryId).Select(m => m.MentionId);
        var rows = await db.Cases.AsNoTracking()
            .Where(c => c.WorkspaceId == crisis.WorkspaceId && (linked.Contains(c.Id) || (crisis.StoryId != null && storyMentions.Contains(c.FirstMentionId))))
            .OrderBy(c => c.FirstMessageAt).Take(500)
            .Select(c => new { c.Id, c.Number, c.Status, c.Excerpt, c.Network, c.FirstMessageAt, c.FirstResponseAt, Linked = linked.Contains(c.Id) })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new CrisisCaseDto(c.Id, c.Number, CaseStatusNames.Of(c.Status), c.Excerpt, c.Network, c.FirstMessageAt, c.FirstResponseAt, c.Linked)).ToList();
    }

    /// <summary>Mentions per hour of the crisis's topics (or, without topics, of its story), spam left out.</summary>
    private static async Task<List<VolumePointDto>> VolumeAsync(PantauDbContext db, Guid workspaceId, List<Guid> topics, long? storyId, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        if (to - from > MaxCurve)
        {
            from = to - MaxCurve;
        }

        IQueryable<Mention> mentions;
        if (topics.Count > 0)
        {
            var ids = db.MentionTopics.Where(t => t.WorkspaceId == workspaceId && topics.Contains(t.TopicId)).Select(t => t.MentionId);
            mentions = db.Mentions.Where(m => m.WorkspaceId == workspaceId && ids.Contains(m.Id));
        }
        else if (storyId is { } story)
        {
            var ids = db.StoryMembers.Where(m => m.StoryId == story).Select(m => m.MentionId);
            mentions = db.Mentions.Where(m => m.WorkspaceId == workspaceId && ids.Contains(m.Id));
        }
        else
        {
            return [];
        }

        var rows = await mentions.AsNoTracking().Where(m => !m.IsSpam && m.PublishedAt >= from && m.PublishedAt <= to)
            .Select(m => new { m.PublishedAt, m.Sentiment }).ToListAsync(cancellationToken);
        var hours = new SortedDictionary<DateTimeOffset, int[]>();
        for (var h = Hour(from); h <= to; h += TimeSpan.FromHours(1))
        {
            hours[h] = new int[3];
        }

        foreach (var row in rows)
        {
            if (hours.TryGetValue(Hour(row.PublishedAt), out var counts))
            {
                counts[(int)row.Sentiment]++;
            }
        }

        return hours.Select(h => new VolumePointDto(h.Key, h.Value.Sum(), h.Value[(int)Sentiment.Positive], h.Value[(int)Sentiment.Neutral], h.Value[(int)Sentiment.Negative])).ToList();
    }

    private static DateTimeOffset Hour(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);

    private static List<Guid> TopicsOf(Crisis crisis) =>
        crisis.TopicIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    private static CrisisLogDto ToDto(CrisisLogEntry l) => new(l.Id, l.At, l.By, l.Kind, l.Text);

    internal static CrisisSummaryDto Summary(Crisis c) => new(
        c.Id, c.Number, c.Title, c.Status.ToString().ToLowerInvariant(), c.OwnerName, c.FirstPostAt, c.OpenedAt, c.FirstResponseAt, c.ResolvedAt, c.StoryId, c.OriginAlertId);
}
