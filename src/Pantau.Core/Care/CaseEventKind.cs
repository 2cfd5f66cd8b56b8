namespace Pantau.Core.Care;

/// <summary>What happened on a case's timeline, as far as its SLA clocks care.</summary>
public enum CaseEventKind
{
    /// <summary>The customer wrote (first message, follow-up, or a message that reopens a resolved case).</summary>
    CustomerMessage,

    /// <summary>An agent answered the customer in public (a reply on the post or thread): a response.</summary>
    PublicReply,

    /// <summary>An agent answered the customer privately (DM, e-mail): a response.</summary>
    PrivateReply,

    /// <summary>A note only colleagues see: not a response, stops no clock.</summary>
    InternalNote,

    /// <summary>Status set to pending (waiting for the customer): every running clock pauses.</summary>
    Pending,

    /// <summary>Status set back to open by an agent: paused clocks resume.</summary>
    Opened,

    /// <summary>Status set to resolved: the resolution clock stops.</summary>
    Resolved,

    /// <summary>An agent reopened a resolved case: a new resolution cycle starts.</summary>
    Reopened,

    /// <summary>Closed for good: every clock stops and later events are ignored (a new message starts a new case).</summary>
    Closed,
}
