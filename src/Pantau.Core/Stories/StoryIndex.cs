using System.Runtime.InteropServices;

namespace Pantau.Core.Stories;

/// <summary>
/// The online story clustering: each mention, in ingestion order, is put at once in the story of a post it reposts or
/// quotes, else of the post whose text it nearly copies, else of a post sharing one of its links, else in a new story
/// keyed by its own mention id. Stories never span workspaces. Text candidates come from LSH banding of the MinHash
/// signatures (<see cref="StoryFingerprint"/>: <see cref="Bands"/> bands of <see cref="RowsPerBand"/> values) and are
/// verified on the whole signature. Memory is bounded: a story with no post for <see cref="StoryIndexOptions.Window"/>
/// (by the posts' timestamps; no clock) leaves the index, and beyond <see cref="StoryIndexOptions.MaxPosts"/> posts the
/// least recently active story leaves. After a restart, <see cref="Seed"/> the stored assignments back.
/// </summary>
/// <remarks>
/// Not thread-safe: one caller at a time (the pipeline feeds one index per partition of workspaces). Posts, their
/// signatures and band chains live in flat arrays indexed by slot; chains are doubly linked so that eviction unlinks
/// a post in constant time.
/// </remarks>
public sealed class StoryIndex
{
    public const int RowsPerBand = 2;
    public const int Bands = StoryFingerprint.Hashes / RowsPerBand;

    /// <summary>Newest posts looked at per band: a viral story's chains grow long, and its newest copies represent it.</summary>
    private const int MaxChainSteps = 48;

    /// <summary>A copy at least this similar to an indexed post adds nothing to find later, so its text is not indexed.</summary>
    private const double NearExact = 0.9;

    private const int None = -1;
    private const int Hashes = StoryFingerprint.Hashes;

    private readonly StoryIndexOptions _options;
    private readonly StoryFingerprint _fingerprint = new();
    private readonly Dictionary<ulong, int> _bandHeads = [];
    private readonly Dictionary<(Guid Workspace, string Key), int> _byKey = [];
    private readonly Dictionary<(Guid Workspace, string Link), int> _byLink = [];
    private readonly Dictionary<(Guid Workspace, long StoryId), StoryState> _stories = [];
    private readonly Queue<StoryActivity> _activity = new();
    private readonly Stack<int> _free = new();
    private Slot[] _slots;
    private uint[] _signatures;
    private int[] _bandNext;
    private int[] _bandPrevious;
    private int[] _seen;
    private int _stamp;
    private int _used;
    private DateTimeOffset _now = DateTimeOffset.MinValue;

    public StoryIndex(StoryIndexOptions? options = null)
    {
        _options = options ?? new StoryIndexOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxPosts, 1);
        var initial = Math.Min(_options.MaxPosts, 1_024);
        _slots = new Slot[initial];
        _signatures = new uint[initial * Hashes];
        _bandNext = new int[initial * Bands];
        _bandPrevious = new int[initial * Bands];
        _seen = new int[initial];
    }

    /// <summary>Posts indexed now.</summary>
    public int PostCount => _used - _free.Count;

    /// <summary>Stories indexed now.</summary>
    public int StoryCount => _stories.Count;

    /// <summary>Puts a new mention in a story and indexes it.</summary>
    public StoryAssignment Assign(StoryPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        Prepare(post);
        var distinctive = IsDistinctive();
        var (assignment, jaccard) = Find(post, distinctive);
        if (assignment.IsNewStory)
        {
            assignment = assignment with { StoryId = post.MentionId };
        }

        // A plain repost or a near-exact copy is found through its twin already; indexing its text only lengthens chains.
        var indexText = distinctive && assignment.Join != StoryJoin.Repost && jaccard < NearExact;
        Add(post, assignment.StoryId, indexText);
        return assignment;
    }

    /// <summary>Indexes a mention whose story is known (stored history, replayed in order after a restart); creates nothing.</summary>
    public void Seed(StoryPost post, long storyId)
    {
        ArgumentNullException.ThrowIfNull(post);
        Prepare(post);
        Add(post, storyId, IsDistinctive());
    }

    private void Prepare(StoryPost post)
    {
        Advance(post.PublishedAt);
        EnsureFreeSlot();
        _fingerprint.Compute(post.Text, post.Tokens);
    }

    private bool IsDistinctive() => _fingerprint.ContentWords >= _options.MinContentWords && _fingerprint.ShingleCount > 0;

    private (StoryAssignment Assignment, double Jaccard) Find(StoryPost post, bool distinctive)
    {
        var workspace = post.WorkspaceId;
        if (post.RepostOf is { } repostOf && _byKey.TryGetValue((workspace, repostOf), out var original))
        {
            return (Joined(original, StoryJoin.Repost, 1), 0);
        }

        if (post.QuoteOf is { } quoteOf && _byKey.TryGetValue((workspace, quoteOf), out var quoted))
        {
            return (Joined(quoted, StoryJoin.Quote, 1), 0);
        }

        if (distinctive)
        {
            var (similar, score, jaccard) = FindSimilar(workspace);
            if (similar != None)
            {
                return (Joined(similar, StoryJoin.Text, score), jaccard);
            }
        }

        foreach (var link in _fingerprint.Links)
        {
            if (_byLink.TryGetValue((workspace, link), out var linked))
            {
                return (Joined(linked, StoryJoin.Link, 1), 0);
            }
        }

        return (new StoryAssignment(0, true, StoryJoin.New, 0, 0), 0);
    }

    private StoryAssignment Joined(int slot, StoryJoin join, double score) =>
        new(_slots[slot].StoryId, false, join, score, _slots[slot].MentionId);

    /// <summary>The indexed post of the workspace most similar to the fingerprinted text, if any is similar enough.</summary>
    private (int Slot, double Score, double Jaccard) FindSimilar(Guid workspace)
    {
        var signature = _fingerprint.Signature;
        var workspaceHash = WorkspaceHash(workspace);
        NextStamp();
        var best = (Slot: None, Score: 0.0, Jaccard: 0.0);
        for (var band = 0; band < Bands; band++)
        {
            if (!_bandHeads.TryGetValue(BandKey(workspaceHash, band, signature), out var slot))
            {
                continue;
            }

            for (var steps = 0; slot != None && steps < MaxChainSteps; slot = _bandNext[(slot * Bands) + band], steps++)
            {
                if (_seen[slot] == _stamp || _slots[slot].Workspace != workspace)
                {
                    continue;
                }

                _seen[slot] = _stamp;
                var jaccard = (double)StoryFingerprint.Agreements(signature, _signatures.AsSpan(slot * Hashes, Hashes)) / Hashes;
                var score = TextScore(jaccard, _fingerprint.ShingleCount, _slots[slot].Shingles);
                if (score > best.Score)
                {
                    best = (slot, score, jaccard);
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The Jaccard estimate when it clears <see cref="StoryIndexOptions.MinJaccard"/>; else the overlap coefficient
    /// (share of the smaller set in the larger, derived from the estimate and the set sizes) when that clears
    /// <see cref="StoryIndexOptions.MinOverlap"/>; else 0.
    /// </summary>
    private double TextScore(double jaccard, int size, int otherSize)
    {
        if (jaccard >= _options.MinJaccard)
        {
            return jaccard;
        }

        if (jaccard < _options.MinJaccardForOverlap)
        {
            return 0;
        }

        var intersection = jaccard * (size + otherSize) / (1 + jaccard);
        var overlap = Math.Min(1, intersection / Math.Min(size, otherSize));
        return overlap >= _options.MinOverlap ? overlap : 0;
    }

    private void Add(StoryPost post, long storyId, bool indexText)
    {
        var slot = _free.Count > 0 ? _free.Pop() : _used++;
        var links = _fingerprint.Links;
        ref var entry = ref _slots[slot];
        ref var story = ref CollectionsMarshal.GetValueRefOrAddDefault(_stories, (post.WorkspaceId, storyId), out var exists);
        if (!exists)
        {
            story = new StoryState(None, 0, DateTimeOffset.MinValue);
        }

        entry = new Slot(post.WorkspaceId, post.MentionId, storyId, post.ExternalKey, links.Count == 0 ? null : [.. links], 0, story.Head);
        story = story with { Head = slot, Posts = story.Posts + 1 };
        if (post.PublishedAt > story.LastSeen)
        {
            story = story with { LastSeen = post.PublishedAt };
            _activity.Enqueue(new StoryActivity(post.WorkspaceId, storyId, post.PublishedAt));
        }

        _byKey[(post.WorkspaceId, post.ExternalKey)] = slot;
        foreach (var link in links)
        {
            _byLink[(post.WorkspaceId, link)] = slot; // the newest post with a link represents it
        }

        if (indexText)
        {
            entry.Shingles = _fingerprint.ShingleCount;
            _fingerprint.Signature.CopyTo(_signatures.AsSpan(slot * Hashes, Hashes));
            LinkBands(slot);
        }
    }

    private void LinkBands(int slot)
    {
        var workspaceHash = WorkspaceHash(_slots[slot].Workspace);
        var signature = _signatures.AsSpan(slot * Hashes, Hashes);
        for (var band = 0; band < Bands; band++)
        {
            var at = (slot * Bands) + band;
            ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_bandHeads, BandKey(workspaceHash, band, signature), out var exists);
            _bandPrevious[at] = None;
            _bandNext[at] = exists ? head : None;
            if (exists)
            {
                _bandPrevious[(head * Bands) + band] = slot;
            }

            head = slot;
        }
    }

    private void UnlinkBands(int slot)
    {
        var workspaceHash = WorkspaceHash(_slots[slot].Workspace);
        var signature = _signatures.AsSpan(slot * Hashes, Hashes);
        for (var band = 0; band < Bands; band++)
        {
            var at = (slot * Bands) + band;
            var previous = _bandPrevious[at];
            var next = _bandNext[at];
            if (previous != None)
            {
                _bandNext[(previous * Bands) + band] = next;
            }
            else if (next == None)
            {
                _bandHeads.Remove(BandKey(workspaceHash, band, signature));
            }
            else
            {
                _bandHeads[BandKey(workspaceHash, band, signature)] = next;
            }

            if (next != None)
            {
                _bandPrevious[(next * Bands) + band] = previous;
            }
        }
    }

    /// <summary>Moves the index's time to the newest post seen and lets go of the stories quiet for longer than the window.</summary>
    private void Advance(DateTimeOffset at)
    {
        if (at > _now)
        {
            _now = at;
        }

        // Entries are queued in arrival order, which is nearly time order; a late one waits for those before it.
        var cutoff = _now - _options.Window;
        while (_activity.Count > 0 && _activity.Peek().At < cutoff)
        {
            EvictIfLast(_activity.Dequeue());
        }
    }

    private void EnsureFreeSlot()
    {
        if (_free.Count > 0 || _used < _slots.Length)
        {
            return;
        }

        if (_slots.Length < _options.MaxPosts)
        {
            Grow(Math.Min(_options.MaxPosts, _slots.Length * 2));
            return;
        }

        while (_free.Count == 0 && _activity.Count > 0)
        {
            EvictIfLast(_activity.Dequeue());
        }
    }

    /// <summary>Evicts the story of an activity entry when that entry is its latest activity (later posts queued later ones).</summary>
    private void EvictIfLast(StoryActivity activity)
    {
        var key = (activity.Workspace, activity.StoryId);
        if (!_stories.TryGetValue(key, out var story) || story.LastSeen != activity.At)
        {
            return;
        }

        for (var slot = story.Head; slot != None;)
        {
            var next = _slots[slot].StoryNext;
            Remove(slot);
            slot = next;
        }

        _stories.Remove(key);
    }

    private void Remove(int slot)
    {
        ref var entry = ref _slots[slot];
        if (entry.Shingles > 0)
        {
            UnlinkBands(slot);
        }

        if (_byKey.TryGetValue((entry.Workspace, entry.Key), out var keyed) && keyed == slot)
        {
            _byKey.Remove((entry.Workspace, entry.Key));
        }

        foreach (var link in entry.Links ?? [])
        {
            if (_byLink.TryGetValue((entry.Workspace, link), out var linked) && linked == slot)
            {
                _byLink.Remove((entry.Workspace, link));
            }
        }

        entry = default;
        _free.Push(slot);
    }

    private void Grow(int slots)
    {
        Array.Resize(ref _slots, slots);
        Array.Resize(ref _signatures, slots * Hashes);
        Array.Resize(ref _bandNext, slots * Bands);
        Array.Resize(ref _bandPrevious, slots * Bands);
        Array.Resize(ref _seen, slots);
    }

    private void NextStamp()
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_seen);
            _stamp = 1;
        }
    }

    private static ulong WorkspaceHash(Guid workspace) => StoryFingerprint.Mix((ulong)(uint)workspace.GetHashCode() * 0x9E3779B97F4A7C15UL);

    /// <summary>One key per band, workspace and band values; a collision only costs a verification.</summary>
    private static ulong BandKey(ulong workspaceHash, int band, ReadOnlySpan<uint> signature)
    {
        var key = workspaceHash + ((ulong)band * 0xD6E8FEB86659FD93UL);
        for (var row = 0; row < RowsPerBand; row++)
        {
            key = StoryFingerprint.Mix(key ^ signature[(band * RowsPerBand) + row]);
        }

        return key;
    }

    /// <summary>One indexed post. <see cref="Shingles"/> is 0 when its text is not indexed.</summary>
    private record struct Slot(Guid Workspace, long MentionId, long StoryId, string Key, string[]? Links, int Shingles, int StoryNext);

    /// <summary>A story's posts (a list through <see cref="Slot.StoryNext"/>) and its latest post time.</summary>
    private readonly record struct StoryState(int Head, int Posts, DateTimeOffset LastSeen);

    /// <summary>A story was active at <see cref="At"/>; queued so the quietest story is found without a scan.</summary>
    private readonly record struct StoryActivity(Guid Workspace, long StoryId, DateTimeOffset At);
}
