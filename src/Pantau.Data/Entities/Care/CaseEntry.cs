namespace Pantau.Data.Entities;

/// <summary>
/// One line of a case's timeline: a customer message, a reply, a note, or an action (assign, status, tag, correction,
/// merge), with who did it and when. The timeline is the audit trail, and the SLA clocks are replayed from it.
/// </summary>
public sealed class CaseEntry
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public Guid WorkspaceId { get; set; }
    public DateTimeOffset At { get; set; }
    public CaseEntryKind Kind { get; set; }

    /// <summary>The user who acted; null for the customer and for Pantau itself (routing, SLA monitor).</summary>
    public Guid? ActorId { get; set; }

    /// <summary>The actor's name when it happened, kept if the user is deleted.</summary>
    public string? ActorName { get; set; }

    /// <summary>The customer's mention, for customer messages.</summary>
    public long? MentionId { get; set; }

    /// <summary>A reply's or note's text; for actions, a short value (the new status, the tag).</summary>
    public string? Text { get; set; }

    /// <summary>Details of an action as a small JSON object (from/to values, assignee, rule).</summary>
    public string? DataJson { get; set; }

    /// <summary>For replies: where sending stands.</summary>
    public ReplyState? ReplyState { get; set; }

    /// <summary>For sent replies: the platform's id of the reply post.</summary>
    public string? ExternalId { get; set; }

    public string? Url { get; set; }

    /// <summary>For failed replies: what the source said.</summary>
    public string? Error { get; set; }

    /// <summary>For replies: attempts so far and when to try again.</summary>
    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }
}

public enum CaseEntryKind
{
    CustomerMessage = 0,
    PublicReply = 1,
    PrivateReply = 2,
    InternalNote = 3,

    /// <summary>An agent answered outside Pantau (phone, another tool) and said so: counts as a response.</summary>
    AnsweredElsewhere = 4,
    StatusChanged = 10,
    Assigned = 11,
    Tagged = 12,
    Untagged = 13,
    Corrected = 14,
    ContactChanged = 15,
    ApprovalRequested = 20,
    ReplyApproved = 21,
    ReplyRejected = 22,
    SlaWarning = 30,
    SlaBreached = 31,
    CsatSent = 40,
    CsatAnswered = 41,
}

public enum ReplyState
{
    /// <summary>Written on a risky case; waits for a supervisor.</summary>
    AwaitingApproval = 0,

    /// <summary>Approved or not needing approval; the dispatcher will send it.</summary>
    Queued = 1,
    Sent = 2,

    /// <summary>The source refused it for good, or every retry failed.</summary>
    Failed = 3,

    /// <summary>A supervisor did not approve it; it was never sent.</summary>
    Rejected = 4,
}
