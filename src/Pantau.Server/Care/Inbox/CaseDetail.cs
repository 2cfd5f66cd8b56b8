using System.Text.Json;

namespace Pantau.Server.Care.Inbox;

/// <summary>A customer's message on the timeline: the mention as stored.</summary>
public sealed record TimelineMessage(
    long MentionId, string? Title, string Text, string? Url, DateTimeOffset PublishedAt, string Network, string AuthorHandle,
    string? AuthorName, string Sentiment, string Intent, string? Language, IReadOnlyList<string> Risk);

/// <summary>One line of the case's timeline, in order: messages, replies, notes and every action, with who and when.</summary>
public sealed record TimelineItem(
    long Id, string Kind, DateTimeOffset At, Guid? ActorId, string? ActorName, string? Text, string? ReplyState, string? Error,
    string? Url, string? ExternalId, TimelineMessage? Message, JsonElement? Data);

/// <summary>A case with its whole conversation.</summary>
public sealed record CaseDetail(InboxRow Case, IReadOnlyList<TimelineItem> Timeline, CaseReplyOptions Reply);

/// <summary>What the reply box may offer on this case.</summary>
public sealed record CaseReplyOptions(bool CanReply, bool Public, bool Private, int MaxLength, bool NeedsApproval);
