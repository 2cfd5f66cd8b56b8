using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Pantau.Core.Posts;

namespace Pantau.Server.Pipeline;

/// <summary>
/// The most recent posts of each workspace that matched no topic, kept in memory so the query preview can show
/// what a new or changed topic would start catching (unmatched posts are otherwise not stored).
/// </summary>
public sealed class UnmatchedPostSample(IOptions<PipelineOptions> options)
{
    private readonly ConcurrentDictionary<Guid, Ring> _byWorkspace = new();
    private readonly int _capacity = options.Value.UnmatchedSample;

    public void Add(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (_capacity > 0)
        {
            _byWorkspace.GetOrAdd(post.WorkspaceId, static (_, capacity) => new Ring(capacity), _capacity).Add(post);
        }
    }

    /// <summary>The workspace's sample, newest first.</summary>
    public IReadOnlyList<NormalisedPost> Snapshot(Guid workspaceId) =>
        _byWorkspace.TryGetValue(workspaceId, out var ring) ? ring.Snapshot() : [];

    private sealed class Ring(int capacity)
    {
        private readonly NormalisedPost[] _items = new NormalisedPost[capacity];
        private readonly Lock _gate = new();
        private int _next;
        private int _count;

        public void Add(NormalisedPost post)
        {
            lock (_gate)
            {
                _items[_next] = post;
                _next = (_next + 1) % _items.Length;
                _count = Math.Min(_count + 1, _items.Length);
            }
        }

        public NormalisedPost[] Snapshot()
        {
            lock (_gate)
            {
                var result = new NormalisedPost[_count];
                for (var i = 0; i < _count; i++)
                {
                    result[i] = _items[(_next - 1 - i + _items.Length) % _items.Length];
                }

                return result;
            }
        }
    }
}
