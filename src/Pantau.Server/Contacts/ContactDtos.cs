using Pantau.Core.Care;

namespace Pantau.Server.Contacts;

/// <summary>One row of the contact list.</summary>
public sealed record ContactListItem(
    long Id,
    string DisplayName,
    string? Email,
    string? CustomerId,
    bool Vip,
    IReadOnlyList<string> Tags,
    IReadOnlyList<ContactAccountRef> Accounts,
    int Cases,
    DateTimeOffset? LastContactAt);

/// <summary>An account of a contact, as chips in lists: which network and which handle.</summary>
public sealed record ContactAccountRef(long AuthorId, string Network, string Handle);

public sealed record ContactListPage(IReadOnlyList<ContactListItem> Items, int Page, int PageSize, int Total)
{
    public bool HasMore => Page * PageSize < Total;
}

/// <summary>An account (an <c>Author</c>) of a contact, with what the network says about it.</summary>
public sealed record ContactAccountDto(
    long AuthorId,
    string Network,
    string Handle,
    string? DisplayName,
    string? AvatarUrl,
    string? ProfileUrl,
    long? Followers,
    bool Verified,
    string? Email,
    string? Bio,
    int Mentions,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt);

public sealed record ContactCaseDto(
    long Id,
    int Number,
    CaseStatus Status,
    CasePriority Priority,
    long AuthorId,
    string Network,
    string Excerpt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt);

/// <summary>Mentions of one week (from Monday, in the workspace's time zone) by sentiment.</summary>
public sealed record SentimentWeek(DateOnly WeekOf, int Positive, int Neutral, int Negative)
{
    public int Total => Positive + Neutral + Negative;
}

/// <summary>Everything Pantau knows of one customer.</summary>
public sealed record ContactProfile(
    long Id,
    string DisplayName,
    string? Email,
    string? CustomerId,
    bool Vip,
    string? Notes,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> CustomFields,
    IReadOnlyList<ContactAccountDto> Accounts,
    IReadOnlyList<ContactCaseDto> Cases,
    int CasesTotal,
    int OpenCases,
    IReadOnlyList<SentimentWeek> SentimentTrend,
    string TimeZone,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? LastContactAt,
    long Reach,
    int TotalMentions,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>What the case pane shows of the customer: who, how big, what else is going on with them.</summary>
public sealed record ContactSummaryDto(
    long Id,
    string DisplayName,
    bool Vip,
    IReadOnlyList<ContactAccountRef> Accounts,
    IReadOnlyList<string> Tags,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? LastContactAt,
    long Reach,
    int TotalMentions,
    int OpenCases,
    IReadOnlyList<ContactCaseDto> RecentCases);

/// <summary>A contact that is probably the same person, and why.</summary>
public sealed record MergeSuggestionDto(long OtherContactId, string DisplayName, SuggestionReason Reason, string Evidence, IReadOnlyList<ContactAccountRef> Accounts);

/// <summary>
/// A change to a contact. Absent (null) fields stay as they are; an empty string clears e-mail, customer id or notes.
/// <see cref="Tags"/> replaces all tags; <see cref="AddTags"/> and <see cref="RemoveTags"/> change some. A custom field
/// set to null is removed.
/// </summary>
public sealed record ContactPatch(
    string? DisplayName = null,
    string? Email = null,
    string? CustomerId = null,
    bool? Vip = null,
    string? Notes = null,
    IReadOnlyList<string>? Tags = null,
    IReadOnlyList<string>? AddTags = null,
    IReadOnlyList<string>? RemoveTags = null,
    IReadOnlyDictionary<string, string?>? CustomFields = null);

public sealed record MergeInput(long? OtherContactId);

public sealed record SplitInput(long? AuthorId);

/// <summary>What a merge or split left: the contact(s) and the cases whose timeline recorded it.</summary>
public sealed record ContactChangeResult(long ContactId, long? OtherContactId, int AuthorsMoved, int CasesMoved, int CasesRecorded);
