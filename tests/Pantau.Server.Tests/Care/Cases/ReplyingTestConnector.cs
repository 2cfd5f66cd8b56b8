using System.Collections.Concurrent;
using System.Globalization;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Webhooks;
using Pantau.Core.Posts;

namespace Pantau.Server.Tests.Care.Cases;

/// <summary>
/// A push source that can reply, standing in for a network in care tests: posts arrive as the webhook source's JSON,
/// replies are recorded. A reply containing "REFUSE" is refused for good; "BUSY" is refused once with a Retry-After.
/// Replies are idempotent on their key, as the contract asks.
/// </summary>
public sealed class ReplyingTestConnector : IPushConnector, IReplyConnector
{
    public const string KindName = "test-reply";

    private readonly WebhookConnector _parser = new();
    private readonly ConcurrentDictionary<string, ReplyReceipt> _receipts = new();
    private readonly ConcurrentDictionary<string, int> _busy = new();

    public string Kind => KindName;

    public ConcurrentQueue<ReplyRequest> Sent { get; } = new();

    public IReadOnlyList<RawPost> ParseDelivery(SourceContext source, ReadOnlySpan<byte> body, TimeProvider clock) =>
        [.. _parser.ParseDelivery(source, body, clock).Select(p => p with { SourceKind = KindName })];

    public ReplyCapabilities ReplyCapabilities(SourceContext source) => new(Public: true, Private: false, MaxLength: 280);

    public Task<ReplyReceipt> ReplyAsync(SourceContext source, ReplyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Text.Contains("REFUSE", StringComparison.Ordinal))
        {
            throw new ReplyRejectedException("The post was deleted.", permanent: true);
        }

        if (request.Text.Contains("BUSY", StringComparison.Ordinal) && _busy.AddOrUpdate(request.IdempotencyKey, 1, (_, n) => n + 1) == 1)
        {
            throw new ReplyRejectedException("Rate limited.", permanent: false, retryAfter: TimeSpan.FromMilliseconds(10));
        }

        var receipt = _receipts.GetOrAdd(request.IdempotencyKey, _ =>
        {
            Sent.Enqueue(request);
            return new ReplyReceipt("reply-" + _receipts.Count.ToString(CultureInfo.InvariantCulture), null, TimeProvider.System.GetUtcNow());
        });
        return Task.FromResult(receipt);
    }
}
