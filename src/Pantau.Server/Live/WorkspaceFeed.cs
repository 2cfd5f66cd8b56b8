using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Pantau.Server.Live;

/// <summary>
/// Live items per workspace, in one process: a fan-out of bounded channels. A subscriber that falls behind loses its
/// oldest items and is told so (it reloads instead of patching), and never slows the publisher.
/// </summary>
public abstract class WorkspaceFeed<T>(int subscriberBuffer)
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> _subscribers = new();

    public int SubscriberBuffer => subscriberBuffer;

    public Subscription Subscribe(Guid workspaceId)
    {
        var subscription = new Subscription(this, workspaceId);
        _subscribers.GetOrAdd(workspaceId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    /// <summary>True when someone listens to the workspace, so a publisher can skip building an item nobody reads.</summary>
    public bool HasSubscribers(Guid workspaceId) => _subscribers.TryGetValue(workspaceId, out var subscribers) && !subscribers.IsEmpty;

    public void Publish(Guid workspaceId, T item)
    {
        if (_subscribers.TryGetValue(workspaceId, out var subscribers))
        {
            foreach (var subscription in subscribers.Keys)
            {
                if (subscription.Reader.Count >= subscriberBuffer)
                {
                    subscription.MarkOverflow();
                }

                subscription.Writer.TryWrite(item);
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
        private readonly WorkspaceFeed<T> _feed;
        private readonly Channel<T> _channel;
        private int _overflowed;

        internal Subscription(WorkspaceFeed<T> feed, Guid workspaceId)
        {
            _feed = feed;
            WorkspaceId = workspaceId;
            _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(feed.SubscriberBuffer)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleReader = true,
            });
        }

        public Guid WorkspaceId { get; }

        public ChannelReader<T> Reader => _channel.Reader;

        internal ChannelWriter<T> Writer => _channel.Writer;

        /// <summary>True once if items were dropped since the last call: the reader should reload rather than patch.</summary>
        public bool TakeOverflow() => Interlocked.Exchange(ref _overflowed, 0) == 1;

        internal void MarkOverflow() => Interlocked.Exchange(ref _overflowed, 1);

        public void Dispose()
        {
            _feed.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
