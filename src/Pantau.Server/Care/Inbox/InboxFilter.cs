using Pantau.Core.Care;
using Pantau.Core.Enrichment;

namespace Pantau.Server.Care.Inbox;

/// <summary>The inbox's filters; empty lists mean "any". Without statuses the inbox shows work not done: new, open and pending.</summary>
public sealed record InboxFilter
{
    public IReadOnlyList<CaseStatus> Statuses { get; init; } = [];
    public Guid? AssigneeId { get; init; }
    public bool Unassigned { get; init; }
    public Guid? TeamId { get; init; }
    public IReadOnlyList<Guid> TopicIds { get; init; } = [];
    public IReadOnlyList<Guid> SourceIds { get; init; } = [];
    public IReadOnlyList<CasePriority> Priorities { get; init; } = [];
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<Sentiment> Sentiments { get; init; } = [];

    /// <summary>Due within <see cref="InboxQuery.BreachingSoonWindow"/> or already overdue.</summary>
    public bool BreachingSoon { get; init; }

    /// <summary>Carries a legal, viral or safety signal.</summary>
    public bool Risk { get; init; }

    public bool AwaitingApproval { get; init; }
    public string? Tag { get; init; }

    /// <summary>Words in the excerpt, or the author's handle or name.</summary>
    public string? Search { get; init; }

    public InboxSort Sort { get; init; } = InboxSort.Priority;
}

public enum InboxSort
{
    /// <summary>Most urgent first (the priority score), then oldest.</summary>
    Priority,

    /// <summary>Longest waiting first.</summary>
    Oldest,
    Newest,
}

/// <summary>The built-in views every inbox has; users add their own (saved views).</summary>
public enum InboxView
{
    All,
    Mine,
    Unassigned,
    BreachingSoon,
    Risk,
    AwaitingApproval,
}
