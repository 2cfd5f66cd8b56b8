using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Pantau.Core.Posts;

namespace Pantau.Server.Pipeline;

/// <summary>
/// Keys of posts stored recently, so that re-deliveries (overlapping polls, stream resumes) are dropped before the
/// database. Only an optimisation: the unique index is the guarantee. Forgets the oldest keys past its capacity.
/// </summary>
public sealed class RecentPostKeys(IOptions<PipelineOptions> options)
{
    private readonly int _capacity = options.Value.RecentKeys;
    private readonly ConcurrentDictionary<PostKey, byte> _keys = new();
    private readonly ConcurrentQueue<PostKey> _order = new();

    public bool Contains(PostKey key) => _keys.ContainsKey(key);

    public void Add(PostKey key)
    {
        if (_capacity == 0 || !_keys.TryAdd(key, 0))
        {
            return;
        }

        _order.Enqueue(key);
        while (_keys.Count > _capacity && _order.TryDequeue(out var oldest))
        {
            _keys.TryRemove(oldest, out _);
        }
    }
}
