using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Cases;

namespace Pantau.Server.Care.Inbox;

/// <summary>
/// The inbox: cases of one workspace by filter, most urgent first, in keyset pages (a page after row X stays right
/// while cases above it change). Rows carry what a row shows, joined in one query per page.
/// </summary>
public sealed class InboxQuery(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Counts stop here ("10.000+"): an exact count of a huge queue costs a scan and tells an agent nothing more.</summary>
    public const int CountLimit = 10_000;
    public static readonly TimeSpan BreachingSoonWindow = TimeSpan.FromMinutes(30);

    public static readonly IReadOnlyList<CaseStatus> WorkNotDone = [CaseStatus.New, CaseStatus.Open, CaseStatus.Pending];

    /// <summary>
    /// A page of cases; with <paramref name="withTotal"/> false the total is -1 (the inbox shows the rows at once and
    /// asks <see cref="TotalAsync"/> after, since counting a filtered queue reads every case while a page reads a few).
    /// </summary>
    public async Task<InboxPage> PageAsync(Guid workspaceId, InboxFilter filter, Guid? viewer, string? after, int pageSize, CancellationToken cancellationToken, bool withTotal = true)
    {
        ArgumentNullException.ThrowIfNull(filter);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, workspaceId, filter, clock.GetUtcNow());
        var total = withTotal ? await query.Take(CountLimit + 1).CountAsync(cancellationToken) : -1;
        var page = Ordered(After(query, filter.Sort, after), filter.Sort).Take(pageSize + 1);
        var rows = await RowsAsync(db, page, cancellationToken);
        var next = rows.Count > pageSize ? CursorOf(rows[pageSize - 1], filter.Sort) : null;
        return new InboxPage(rows.Take(pageSize).ToList(), total, next);
    }

    /// <summary>How many cases pass the filter, up to <see cref="CountLimit"/> (then the limit plus one).</summary>
    public async Task<int> TotalAsync(Guid workspaceId, InboxFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, workspaceId, filter, clock.GetUtcNow()).Take(CountLimit + 1).CountAsync(cancellationToken);
    }

    /// <summary>One case's row (for live updates); null when it is not in the workspace.</summary>
    public async Task<InboxRow?> RowAsync(Guid workspaceId, long caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await RowsAsync(db, db.Cases.Where(c => c.WorkspaceId == workspaceId && c.Id == caseId), cancellationToken);
        return rows.FirstOrDefault();
    }

    /// <summary>Whether a case passes a filter (a live change decides whether the row enters or leaves the list).</summary>
    public async Task<bool> MatchesAsync(Guid workspaceId, long caseId, InboxFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Filtered(db, workspaceId, filter, clock.GetUtcNow()).AnyAsync(c => c.Id == caseId, cancellationToken);
    }

    public async Task<InboxCounts> CountsAsync(Guid workspaceId, Guid? viewer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        async Task<int> Count(InboxView view) => await Filtered(db, workspaceId, ForView(view, viewer), now).Take(CountLimit + 1).CountAsync(cancellationToken);
        return new InboxCounts(
            await Count(InboxView.All), viewer is null ? 0 : await Count(InboxView.Mine), await Count(InboxView.Unassigned),
            await Count(InboxView.BreachingSoon), await Count(InboxView.Risk), await Count(InboxView.AwaitingApproval));
    }

    public static InboxFilter ForView(InboxView view, Guid? viewer) => view switch
    {
        InboxView.Mine => new InboxFilter { AssigneeId = viewer ?? Guid.Empty },
        InboxView.Unassigned => new InboxFilter { Unassigned = true },
        InboxView.BreachingSoon => new InboxFilter { BreachingSoon = true },
        InboxView.Risk => new InboxFilter { Risk = true },
        InboxView.AwaitingApproval => new InboxFilter { AwaitingApproval = true },
        _ => new InboxFilter(),
    };

    private static IQueryable<Case> Filtered(PantauDbContext db, Guid workspaceId, InboxFilter filter, DateTimeOffset now)
    {
        var statuses = filter.Statuses.Count > 0 ? filter.Statuses : WorkNotDone;
        var query = db.Cases.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && statuses.Contains(c.Status));
        if (filter.AssigneeId is { } assignee)
        {
            query = query.Where(c => c.AssigneeId == assignee);
        }

        if (filter.Unassigned)
        {
            query = query.Where(c => c.AssigneeId == null);
        }

        if (filter.TeamId is { } team)
        {
            query = query.Where(c => c.TeamId == team);
        }

        if (filter.TopicIds.Count > 0)
        {
            var topics = filter.TopicIds;
            query = query.Where(c => db.CaseTopics.Any(t => t.CaseId == c.Id && topics.Contains(t.TopicId)));
        }

        if (filter.SourceIds.Count > 0)
        {
            var sources = filter.SourceIds;
            query = query.Where(c => sources.Contains(c.SourceId));
        }

        if (filter.Priorities.Count > 0)
        {
            var priorities = filter.Priorities;
            query = query.Where(c => priorities.Contains(c.Priority));
        }

        if (filter.Languages.Count > 0)
        {
            var languages = filter.Languages;
            query = query.Where(c => languages.Contains(c.Language!));
        }

        if (filter.Sentiments.Count > 0)
        {
            var sentiments = filter.Sentiments;
            query = query.Where(c => sentiments.Contains(c.Sentiment));
        }

        if (filter.BreachingSoon)
        {
            var soon = now + BreachingSoonWindow;
            query = query.Where(c => c.SlaDueAt != null && c.SlaDueAt <= soon);
        }

        if (filter.Risk)
        {
            query = query.Where(c => c.Risk != RiskSignals.None);
        }

        if (filter.AwaitingApproval)
        {
            query = query.Where(c => c.AwaitingApproval);
        }

        if (CaseCommands.NormaliseTag(filter.Tag) is { } tag)
        {
            query = query.Where(c => db.CaseTags.Any(t => t.CaseId == c.Id && t.Tag == tag));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = filter.Search.Trim();
            if (term.StartsWith('#') && int.TryParse(term.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                query = query.Where(c => c.Number == number);
            }
            else
            {
                var pattern = "%" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
                query = query.Where(c => EF.Functions.Like(c.Excerpt, pattern, "\\")
                    || db.Authors.Any(a => a.Id == c.AuthorId && (EF.Functions.Like(a.Handle, pattern, "\\") || EF.Functions.Like(a.DisplayName!, pattern, "\\"))));
            }
        }

        return query;
    }

    private static IQueryable<Case> Ordered(IQueryable<Case> query, InboxSort sort) => sort switch
    {
        InboxSort.Oldest => query.OrderBy(c => c.LastCustomerMessageAt).ThenBy(c => c.Id),
        InboxSort.Newest => query.OrderByDescending(c => c.LastCustomerMessageAt).ThenByDescending(c => c.Id),
        _ => query.OrderByDescending(c => c.PriorityScore).ThenBy(c => c.Id),
    };

    private static IQueryable<Case> After(IQueryable<Case> query, InboxSort sort, string? after)
    {
        if (string.IsNullOrEmpty(after) || after.Split(':') is not [var keyText, var idText]
            || !long.TryParse(keyText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var key)
            || !long.TryParse(idText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
        {
            return query;
        }

        switch (sort)
        {
            case InboxSort.Oldest:
                var oldest = DateTimeOffset.FromUnixTimeMilliseconds(key);
                return query.Where(c => c.LastCustomerMessageAt > oldest || (c.LastCustomerMessageAt == oldest && c.Id > id));
            case InboxSort.Newest:
                var newest = DateTimeOffset.FromUnixTimeMilliseconds(key);
                return query.Where(c => c.LastCustomerMessageAt < newest || (c.LastCustomerMessageAt == newest && c.Id < id));
            default:
                var score = (int)key;
                return query.Where(c => c.PriorityScore < score || (c.PriorityScore == score && c.Id > id));
        }
    }

    private static string CursorOf(InboxRow row, InboxSort sort) => sort switch
    {
        InboxSort.Oldest or InboxSort.Newest => string.Create(CultureInfo.InvariantCulture, $"{row.LastCustomerMessageAt.ToUnixTimeMilliseconds()}:{row.Id}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{row.PriorityScore}:{row.Id}"),
    };

    private static async Task<List<InboxRow>> RowsAsync(PantauDbContext db, IQueryable<Case> cases, CancellationToken cancellationToken)
    {
        var raw = await cases
            .Select(c => new
            {
                Case = c,
                Author = db.Authors.Where(a => a.Id == c.AuthorId).Select(a => new { a.Id, a.Handle, a.DisplayName, a.Followers, a.Verified, a.AvatarUrl }).First(),
                Vip = db.Contacts.Any(k => k.Id == c.ContactId && k.Vip),
                Assignee = db.Users.Where(u => u.Id == c.AssigneeId).Select(u => u.DisplayName ?? u.Email).FirstOrDefault(),
                Team = db.Teams.Where(t => t.Id == c.TeamId).Select(t => t.Name).FirstOrDefault(),
                Tags = db.CaseTags.Where(t => t.CaseId == c.Id).Select(t => t.Tag).ToList(),
                Topics = db.CaseTopics.Where(t => t.CaseId == c.Id).Select(t => t.TopicId).ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. raw.Select(r => new InboxRow(
            r.Case.Id, r.Case.Number, CaseStatusNames.Of(r.Case.Status), CaseStatusNames.Of(r.Case.Priority), r.Case.PriorityScore,
            r.Case.Network, r.Case.SourceKind, r.Case.SourceId,
            new InboxAuthor(r.Author.Id, r.Author.Handle, r.Author.DisplayName, r.Author.Followers, r.Author.Verified, r.Author.AvatarUrl),
            r.Case.ContactId, r.Vip, r.Case.Reach, r.Case.Impact, r.Case.Excerpt,
            EnrichmentNames.Name(r.Case.Sentiment), EnrichmentNames.Name(r.Case.Intent), EnrichmentNames.Names(r.Case.Risk), r.Case.Language,
            r.Case.CreatedAt, r.Case.FirstMessageAt, r.Case.LastCustomerMessageAt, r.Case.WaitingSince, r.Case.FirstResponseAt, r.Case.ResolvedAt,
            r.Case.SlaDueAt, r.Case.SlaWarnAt, r.Case.SlaDueMetric is { } metric ? SlaNames.Of(metric) : null, r.Case.SlaBreached,
            r.Case.AssigneeId, r.Assignee, r.Case.TeamId, r.Team, r.Case.AwaitingApproval, r.Tags, r.Topics, r.Case.Version))];
    }
}
