using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Mentions;

namespace Pantau.Server.Contacts;

/// <summary>Reads contacts: the searchable list, a profile, a contact's mentions, and the short summary for the case pane.</summary>
public sealed class ContactDirectory(IDbContextFactory<PantauDbContext> contexts, MentionMapper mapper, TimeProvider clock)
{
    public const int PageSize = 50;
    public const int ProfileCases = 100;
    public const int SummaryCases = 5;

    private static readonly CaseStatus[] OpenStatuses = [CaseStatus.New, CaseStatus.Open, CaseStatus.Pending];

    /// <summary>
    /// Contacts whose name, e-mail, customer id, tag or an account's handle or name contains <paramref name="search"/>
    /// (case-insensitively; a leading '@' is ignored), most recently heard from first; contacts never heard from last.
    /// </summary>
    public async Task<ContactListPage> ListAsync(Guid workspaceId, string? search, bool? vip, string? tag, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = db.Contacts.AsNoTracking().Where(c => c.WorkspaceId == workspaceId);
        if (vip is { } isVip)
        {
            contacts = contacts.Where(c => c.Vip == isVip);
        }

        if (ContactRules.Tag(tag, out _) is { } wanted)
        {
            contacts = contacts.Where(c => c.Tags.Any(t => t.Tag == wanted));
        }

        var q = search?.Trim().TrimStart('@').ToLowerInvariant();
        if (!string.IsNullOrEmpty(q))
        {
#pragma warning disable CA1304, CA1311, CA1862 // ToLower() here is SQL lower() on both providers, never run in .NET.
            contacts = contacts.Where(c =>
                c.DisplayName.ToLower().Contains(q)
                || (c.Email != null && c.Email.ToLower().Contains(q))
                || (c.CustomerId != null && c.CustomerId.ToLower().Contains(q))
                || c.Tags.Any(t => t.Tag == q)
                || db.Authors.Any(a => a.WorkspaceId == workspaceId && a.ContactId == c.Id
                    && (a.Handle.ToLower().Contains(q) || (a.DisplayName != null && a.DisplayName.ToLower().Contains(q)) || (a.Email != null && a.Email.ToLower() == q))));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await contacts.CountAsync(cancellationToken);

        // Last contact is the newest mention of any of the contact's accounts (no stored column: the intake owns mentions).
        var rows = await contacts
            .Select(c => new
            {
                c.Id,
                c.DisplayName,
                c.Email,
                c.CustomerId,
                c.Vip,
                Last = db.Mentions.Where(m => m.WorkspaceId == workspaceId && db.Authors.Any(a => a.Id == m.AuthorId && a.ContactId == c.Id))
                    .Max(m => (DateTimeOffset?)m.PublishedAt),
            })
            .OrderByDescending(c => c.Last != null).ThenByDescending(c => c.Last).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var accounts = (await db.Authors.AsNoTracking().Where(a => a.WorkspaceId == workspaceId && a.ContactId != null && ids.Contains(a.ContactId.Value))
            .OrderBy(a => a.Network).ThenBy(a => a.Handle)
            .Select(a => new { ContactId = a.ContactId!.Value, Account = new ContactAccountRef(a.Id, a.Network, a.Handle) })
            .ToListAsync(cancellationToken)).ToLookup(a => a.ContactId, a => a.Account);
        var tags = (await db.ContactTags.AsNoTracking().Where(t => t.WorkspaceId == workspaceId && ids.Contains(t.ContactId)).ToListAsync(cancellationToken))
            .ToLookup(t => t.ContactId, t => t.Tag);
        var cases = await db.Cases.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && c.ContactId != null && ids.Contains(c.ContactId.Value))
            .GroupBy(c => c.ContactId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);

        var items = rows.Select(r => new ContactListItem(r.Id, r.DisplayName, r.Email, r.CustomerId, r.Vip,
            [.. tags[r.Id].Order(StringComparer.Ordinal)], [.. accounts[r.Id]], cases.GetValueOrDefault(r.Id), r.Last)).ToList();
        return new ContactListPage(items, page, PageSize, total);
    }

    public async Task<ContactProfile?> ProfileAsync(Guid workspaceId, long contactId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.AsNoTracking().Include(c => c.Tags)
            .FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var authors = await db.Authors.AsNoTracking().Where(a => a.WorkspaceId == workspaceId && a.ContactId == contactId)
            .OrderBy(a => a.Network).ThenBy(a => a.Handle).ToListAsync(cancellationToken);
        var authorIds = authors.Select(a => a.Id).ToList();
        var mentions = db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && authorIds.Contains(m.AuthorId));
        var perAuthor = await mentions.GroupBy(m => m.AuthorId)
            .Select(g => new { g.Key, Count = g.Count(), First = g.Min(m => m.PublishedAt), Last = g.Max(m => m.PublishedAt) })
            .ToListAsync(cancellationToken);

        var settings = await db.CareSettings.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).Select(s => s.TimeZone).FirstOrDefaultAsync(cancellationToken);
        var zone = SentimentTrend.Zone(settings);
        var now = clock.GetUtcNow();
        var since = SentimentTrend.Start(now, zone);
        var recent = await mentions.Where(m => m.PublishedAt >= since).Select(m => new { m.PublishedAt, m.Sentiment }).ToListAsync(cancellationToken);
        var trend = SentimentTrend.Count(recent.Select(m => (m.PublishedAt, m.Sentiment)), now, zone);

        var caseRows = db.Cases.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && c.ContactId == contactId);
        var cases = await CasesAsync(caseRows, ProfileCases, cancellationToken);
        var casesTotal = await caseRows.CountAsync(cancellationToken);
        var openCases = await caseRows.CountAsync(c => OpenStatuses.Contains(c.Status), cancellationToken);
        var counts = perAuthor.ToDictionary(p => p.Key, p => p.Count);

        return new ContactProfile(
            contact.Id, contact.DisplayName, contact.Email, contact.CustomerId, contact.Vip, contact.Notes,
            [.. contact.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)],
            ContactRules.ReadFields(contact.CustomFieldsJson),
            [.. authors.Select(a => new ContactAccountDto(a.Id, a.Network, a.Handle, a.DisplayName, a.AvatarUrl, a.ProfileUrl, a.Followers, a.Verified,
                a.Email, a.Bio, counts.GetValueOrDefault(a.Id), a.FirstSeenAt, a.LastSeenAt))],
            cases, casesTotal, openCases, trend, zone.Id,
            perAuthor.Count == 0 ? null : perAuthor.Min(p => p.First),
            perAuthor.Count == 0 ? null : perAuthor.Max(p => p.Last),
            authors.Max(a => a.Followers) ?? 0,
            perAuthor.Sum(p => p.Count),
            contact.CreatedAt, contact.UpdatedAt);
    }

    /// <summary>The contact's mentions across all their accounts, newest first, <see cref="PageSize"/> a page (page 1 first); null for an unknown contact.</summary>
    public async Task<ContactMentionPage?> MentionsAsync(Guid workspaceId, long contactId, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Contacts.AnyAsync(c => c.WorkspaceId == workspaceId && c.Id == contactId, cancellationToken))
        {
            return null;
        }

        var authorIds = await db.Authors.Where(a => a.WorkspaceId == workspaceId && a.ContactId == contactId).Select(a => a.Id).ToListAsync(cancellationToken);
        var mentions = db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && authorIds.Contains(m.AuthorId));
        var total = await mentions.CountAsync(cancellationToken);
        var items = await mentions.OrderByDescending(m => m.PublishedAt).ThenByDescending(m => m.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).Include(m => m.Author).ToListAsync(cancellationToken);
        var ids = items.Select(m => m.Id).ToList();
        var topics = (await db.MentionTopics.AsNoTracking().Where(t => ids.Contains(t.MentionId)).ToListAsync(cancellationToken)).ToLookup(t => t.MentionId, t => t.TopicId);
        var corrections = (await db.MentionCorrections.AsNoTracking().Where(c => ids.Contains(c.MentionId)).ToListAsync(cancellationToken)).ToLookup(c => c.MentionId);
        return new ContactMentionPage([.. items.Select(m => mapper.FromEntity(m, topics[m.Id], corrections[m.Id]))], page, PageSize, total);
    }

    /// <summary>The case pane's view of a contact; null for an unknown contact (or one of another workspace).</summary>
    public async Task<ContactSummaryDto?> SummaryAsync(Guid workspaceId, long contactId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.AsNoTracking().Include(c => c.Tags)
            .FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var authors = await db.Authors.AsNoTracking().Where(a => a.WorkspaceId == workspaceId && a.ContactId == contactId)
            .OrderBy(a => a.Network).ThenBy(a => a.Handle).Select(a => new { a.Id, a.Network, a.Handle, a.Followers }).ToListAsync(cancellationToken);
        var authorIds = authors.Select(a => a.Id).ToList();
        var span = await db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == workspaceId && authorIds.Contains(m.AuthorId))
            .GroupBy(m => 1).Select(g => new { Count = g.Count(), First = g.Min(m => m.PublishedAt), Last = g.Max(m => m.PublishedAt) })
            .FirstOrDefaultAsync(cancellationToken);
        var caseRows = db.Cases.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && c.ContactId == contactId);
        return new ContactSummaryDto(contact.Id, contact.DisplayName, contact.Vip,
            [.. authors.Select(a => new ContactAccountRef(a.Id, a.Network, a.Handle))],
            [.. contact.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)],
            span?.First, span?.Last, authors.Max(a => a.Followers) ?? 0, span?.Count ?? 0,
            await caseRows.CountAsync(c => OpenStatuses.Contains(c.Status), cancellationToken),
            await CasesAsync(caseRows, SummaryCases, cancellationToken));
    }

    /// <summary>The workspace's slug, for links from components that know only the workspace id.</summary>
    public async Task<string?> SlugAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => w.Slug).FirstOrDefaultAsync(cancellationToken);
    }

    public static bool IsOpen(CaseStatus status) => OpenStatuses.Contains(status);

    public static string Number(int number) => "#" + number.ToString(CultureInfo.InvariantCulture);

    private static async Task<IReadOnlyList<ContactCaseDto>> CasesAsync(IQueryable<Case> cases, int take, CancellationToken cancellationToken) =>
        await cases.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(take)
            .Select(c => new ContactCaseDto(c.Id, c.Number, c.Status, c.Priority, c.AuthorId, c.Network, c.Excerpt, c.CreatedAt, c.ResolvedAt))
            .ToListAsync(cancellationToken);
}

public sealed record ContactMentionPage(IReadOnlyList<MentionDto> Items, int Page, int PageSize, int Total)
{
    public bool HasMore => Page * PageSize < Total;
}
