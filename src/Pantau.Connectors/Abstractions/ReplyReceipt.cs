namespace Pantau.Connectors.Abstractions;

/// <summary>
/// Proof that a reply was posted. <paramref name="ExternalId"/> is the platform's id of the reply post (tweet, comment,
/// message) itself, not of the post it answers: a customer's answer to the reply names it as its
/// <see cref="Pantau.Core.Posts.RawPost.InReplyToExternalId"/>, which is how the conversation is threaded.
/// </summary>
/// <param name="ExternalId">The platform's id of the reply post, in the same id space as the source's <see cref="Pantau.Core.Posts.RawPost.ExternalId"/>s.</param>
/// <param name="Url">Where the reply can be seen, when the platform gives it an address.</param>
/// <param name="SentAt">When the platform accepted the reply (the connector's <see cref="TimeProvider"/> when the platform does not say).</param>
public sealed record ReplyReceipt(string ExternalId, string? Url, DateTimeOffset SentAt);
