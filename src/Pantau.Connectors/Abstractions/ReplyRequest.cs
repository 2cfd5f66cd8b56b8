using Pantau.Core.Posts;

namespace Pantau.Connectors.Abstractions;

/// <summary>
/// An agent's answer to a customer's post. <see cref="IdempotencyKey"/> is stable across retries of the same reply:
/// sending twice must not post twice.
/// </summary>
/// <param name="InReplyToExternalId">The <see cref="RawPost.ExternalId"/> of the post being answered, as this source delivered it.</param>
/// <param name="ConversationId">The platform's conversation or thread id when the source has one (a DM thread), else null.</param>
/// <param name="Text">What the agent wrote, as plain text. Confidential: never logged, never put into exception messages.</param>
/// <param name="Visibility">Public reply in the thread, or a private message to <paramref name="Customer"/>.</param>
/// <param name="IdempotencyKey">
/// Chosen by the caller, the same for every attempt to send this one reply and different for every other reply. A connector
/// that is called again with a key it has already sent returns the first receipt and posts nothing.
/// </param>
/// <param name="Customer">The author of the post being answered; a private reply goes to this account.</param>
/// <param name="Language">The language of the customer's post (ISO 639-1), when known.</param>
/// <param name="Network">The network the customer's post was written on (<see cref="RawPost.Network"/>); the reply goes there.</param>
public sealed record ReplyRequest(
    string InReplyToExternalId,
    string? ConversationId,
    string Text,
    ReplyVisibility Visibility,
    string IdempotencyKey,
    PostAuthor Customer,
    string? Language,
    string Network);
