using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Pantau.Server.Mentions;

/// <summary>
/// Live mentions, per workspace, for the UI and the SSE stream. In one process a fan-out of bounded channels;
/// a subscriber that falls behind loses the oldest items (it can reload), never slows the pipeline.
/// </summary>
public sealed class MentionFeed
{
    public const int SubscriberBuffer = 1000;

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> _subscribers = new();

    public Subscription Subscribe(Guid workspaceId)
    {
        var subscription = new Subscription(this, workspaceId);
        _subscribers.GetOrAdd(workspaceId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(IEnumerable<MentionDto> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        foreach (var mention in mentions)
        {
            if (_subscribers.TryGetValue(mention.WorkspaceId, out var subscribers))
            {
                foreach (var subscription in subscribers.Keys)
                {
                    subscription.Writer.TryWrite(mention);
                }
            }
        }
    }

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.WorkspaceId, out var subscribers))
        {
            subscribers.TryRemove(subscription, out _);
        }
    }

    public sealed class Subscription : IDisposable
    {
        private readonly MentionFeed _feed;
        private readonly Channel<MentionDto> _channel = Channel.CreateBounded<MentionDto>(new BoundedChannelOptions(SubscriberBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });

        internal Subscription(MentionFeed feed, Guid workspaceId)
        {
            _feed = feed;
            WorkspaceId = workspaceId;
        }

        public Guid WorkspaceId { get; }

        public ChannelReader<MentionDto> Reader => _channel.Reader;

        internal ChannelWriter<MentionDto> Writer => _channel.Writer;

        public void Dispose()
        {
            _feed.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
