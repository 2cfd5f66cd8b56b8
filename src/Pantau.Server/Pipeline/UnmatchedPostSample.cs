using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Pantau.Core.Posts;

namespace Pantau.Server.Pipeline;

/// <summary>
/// The most recent posts of each workspace that matched no topic, kept in memory so the query preview can show
/// what a new or changed topic would start catching (unmatched posts are otherwise not stored). Raw posts are
/// kept (a few times smaller than their folded text and tokens) and normalised again when the preview asks, about
/// 6 µs each.
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
            _byWorkspace.GetOrAdd(post.WorkspaceId, static (_, capacity) => new Ring(capacity), _capacity).Add((post.SourceId, post.Raw));
        }
    }

    /// <summary>The workspace's sample, newest first.</summary>
    public IReadOnlyList<NormalisedPost> Snapshot(Guid workspaceId) =>
        _byWorkspace.TryGetValue(workspaceId, out var ring)
            ? Array.ConvertAll(ring.Snapshot(), p => NormalisedPost.From(workspaceId, p.SourceId, p.Raw))
            : [];

    private sealed class Ring(int capacity)
    {
        private readonly (Guid SourceId, RawPost Raw)[] _items = new (Guid, RawPost)[capacity];
        private readonly Lock _gate = new();
        private int _next;
        private int _count;

        public void Add((Guid SourceId, RawPost Raw) post)
        {
            lock (_gate)
            {
                _items[_next] = post;
                _next = (_next + 1) % _items.Length;
                _count = Math.Min(_count + 1, _items.Length);
            }
        }

        public (Guid SourceId, RawPost Raw)[] Snapshot()
        {
            lock (_gate)
            {
                var result = new (Guid SourceId, RawPost Raw)[_count];
                for (var i = 0; i < _count; i++)
                {
                    result[i] = _items[(_next - 1 - i + _items.Length) % _items.Length];
                }

                return result;
            }
        }
    }
}
