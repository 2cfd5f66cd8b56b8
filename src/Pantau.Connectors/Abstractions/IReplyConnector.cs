namespace Pantau.Connectors.Abstractions;

/// <summary>
/// A connector that can answer the posts it read, in the customer's own conversation.
/// </summary>
/// <remarks>
/// <para>
/// <b>Receipt.</b> <see cref="ReplyAsync"/> completes only once the platform has accepted the reply, with the platform's
/// id of the reply post (<see cref="ReplyReceipt.ExternalId"/>). The reply itself is not delivered again through the
/// source's read path by the connector: the caller records it from the receipt.
/// </para>
/// <para>
/// <b>Idempotency.</b> <see cref="ReplyRequest.IdempotencyKey"/> is the same for every attempt at one reply. Called again
/// with a key it has already sent, the connector returns the first receipt and posts nothing (using the platform's own
/// idempotency support where it has one, else remembering the keys it sent).
/// </para>
/// <para>
/// <b>Errors.</b> A <see cref="ReplyRejectedException"/> means the platform refused: <see cref="ReplyRejectedException.Permanent"/>
/// says whether the same request can ever succeed, <see cref="ReplyRejectedException.RetryAfter"/> when to try again.
/// <see cref="OperationCanceledException"/> means the caller cancelled. Any other exception (a timeout, a dropped connection)
/// means the outcome is unknown: the reply may or may not have been posted, and the caller retries with the same key.
/// </para>
/// <para>
/// <b>Confidentiality.</b> A connector never logs, nor puts into exception messages, the reply text, the customer's
/// details, the source's secrets or access tokens; errors name what failed, not what was sent.
/// </para>
/// </remarks>
public interface IReplyConnector : ISourceConnector
{
    /// <summary>What replies the source can send, whatever the network (for a source on one network, exactly that network's).</summary>
    /// <remarks>A source that spans networks answers the most any of them allows; <see cref="ReplyCapabilities(SourceContext, string)"/> says what one network allows.</remarks>
    ReplyCapabilities ReplyCapabilities(SourceContext source);

    /// <summary>What replies the source can send to a post written on <paramref name="network"/> (<see cref="Pantau.Core.Posts.RawPost.Network"/>).</summary>
    ReplyCapabilities ReplyCapabilities(SourceContext source, string network) => ReplyCapabilities(source);

    /// <summary>Posts <paramref name="request"/> on the platform and returns its receipt; see the interface's remarks for the contract.</summary>
    /// <exception cref="ReplyRejectedException">The source refused the reply.</exception>
    Task<ReplyReceipt> ReplyAsync(SourceContext source, ReplyRequest request, CancellationToken cancellationToken);
}
