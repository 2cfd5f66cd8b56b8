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

    /// <summary>Publishes new mentions; each is turned into a <see cref="MentionDto"/> only when its workspace has a subscriber.</summary>
    public void Publish<T>(IEnumerable<T> mentions, Func<T, Guid> workspaceOf, Func<T, MentionDto> toDto)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(workspaceOf);
        ArgumentNullException.ThrowIfNull(toDto);
        foreach (var mention in mentions)
        {
            if (_subscribers.TryGetValue(workspaceOf(mention), out var subscribers) && !subscribers.IsEmpty)
            {
                var dto = toDto(mention);
                foreach (var subscription in subscribers.Keys)
                {
                    subscription.Writer.TryWrite(dto);
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
