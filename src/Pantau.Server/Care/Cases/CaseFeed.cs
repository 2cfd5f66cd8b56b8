using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Pantau.Server.Care.Cases;

/// <summary>What changed on a case, for open inboxes and case panes.</summary>
public enum CaseChangeKind
{
    Created,
    Updated,

    /// <summary>A colleague @mentioned <see cref="CaseChange.UserId"/> in a note.</summary>
    MentionedUser,
}

public sealed record CaseChange(Guid WorkspaceId, long CaseId, int Number, CaseChangeKind Kind, Guid? UserId = null, string? Text = null);

/// <summary>
/// Live case changes per workspace. In one process a fan-out of bounded channels, like the mention feed: a subscriber
/// that falls behind loses the oldest changes (its inbox reloads), and never slows the engine.
/// </summary>
public sealed class CaseFeed
{
    public const int SubscriberBuffer = 2000;

    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<Subscription, byte>> _subscribers = new();

    public Subscription Subscribe(Guid workspaceId)
    {
        var subscription = new Subscription(this, workspaceId);
        _subscribers.GetOrAdd(workspaceId, _ => new()).TryAdd(subscription, 0);
        return subscription;
    }

    public void Publish(CaseChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_subscribers.TryGetValue(change.WorkspaceId, out var subscribers))
        {
            foreach (var subscription in subscribers.Keys)
            {
                // A full buffer drops its oldest change: the reader is told, so it reloads instead of missing it.
                if (subscription.Reader.Count >= SubscriberBuffer)
                {
                    subscription.MarkOverflow();
                }

                subscription.Writer.TryWrite(change);
            }
        }
    }

    public void Publish(IEnumerable<CaseChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            Publish(change);
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
        private readonly CaseFeed _feed;
        private readonly Channel<CaseChange> _channel = Channel.CreateBounded<CaseChange>(new BoundedChannelOptions(SubscriberBuffer)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });

        private int _overflowed;

        internal Subscription(CaseFeed feed, Guid workspaceId)
        {
            _feed = feed;
            WorkspaceId = workspaceId;
        }

        public Guid WorkspaceId { get; }

        public ChannelReader<CaseChange> Reader => _channel.Reader;

        internal ChannelWriter<CaseChange> Writer => _channel.Writer;

        /// <summary>True once if changes were dropped since the last call: the reader should reload rather than patch.</summary>
        public bool TakeOverflow() => Interlocked.Exchange(ref _overflowed, 0) == 1;

        internal void MarkOverflow() => Interlocked.Exchange(ref _overflowed, 1);

        public void Dispose()
        {
            _feed.Remove(this);
            _channel.Writer.TryComplete();
        }
    }
}
