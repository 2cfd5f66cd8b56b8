using Pantau.Core.Posts;

namespace Pantau.Core.Queries;

/// <summary>
/// Where in a post each term occurs, as positions in one numbering: the text from 0, the title from
/// <see cref="TitleBase"/>, the author from <see cref="AuthorBase"/>. The gaps keep phrases and NEAR from
/// spanning two fields.
/// </summary>
internal readonly record struct View(int From, int To)
{
    public const int TitleBase = 1 << 20;
    public const int AuthorBase = 2 << 20;

    public static readonly View Default = new(0, AuthorBase);
    public static readonly View Title = new(TitleBase, AuthorBase);
    public static readonly View Author = new(AuthorBase, int.MaxValue);
}

/// <summary>A matched stretch of positions, first and last inclusive.</summary>
internal readonly record struct Occurrence(int First, int Last);

/// <summary>
/// Per-thread working memory for matching one post at a time: term positions and candidate marks, reset in
/// O(1) by bumping a stamp instead of clearing arrays.
/// </summary>
internal sealed class MatchScratch
{
    [ThreadStatic]
    private static MatchScratch? s_current;

    private int[] _termStamp = [];
    private int[] _termStart = [];
    private int[] _termCount = [];
    private int[] _termLast = []; // the last position recorded for a term in this post
    private int[] _queryStamp = [];
    private int _stamp;

    private (int Term, int Position)[] _hits = new (int, int)[64];
    private int _hitCount;
    private int[] _positions = new int[64];
    private readonly List<List<Occurrence>> _occurrencePool = [];
    private int _occurrenceDepth;

    public static MatchScratch Current => s_current ??= new MatchScratch();

    public List<int> HitTerms { get; } = [];

    public List<int> Candidates { get; } = [];

    public NormalisedPost Post { get; private set; } = null!;

    public void Begin(NormalisedPost post, int termCount, int queryCount)
    {
        Post = post;
        if (_termStamp.Length < termCount)
        {
            var size = Math.Max(termCount, _termStamp.Length * 2);
            _termStamp = new int[size];
            _termStart = new int[size];
            _termCount = new int[size];
            _termLast = new int[size];
            _stamp = 0;
        }

        if (_queryStamp.Length < queryCount)
        {
            _queryStamp = new int[Math.Max(queryCount, _queryStamp.Length * 2)];
            _stamp = 0;
        }

        if (++_stamp == int.MaxValue || _stamp == 1)
        {
            Array.Clear(_termStamp);
            Array.Clear(_queryStamp);
            _stamp = 1;
        }

        _hitCount = 0;
        HitTerms.Clear();
        Candidates.Clear();
    }

    /// <summary>Records that a term occurs at a position; positions arrive in increasing order.</summary>
    public void AddHit(int term, int position)
    {
        if (_termStamp[term] != _stamp)
        {
            _termStamp[term] = _stamp;
            _termCount[term] = 0;
            HitTerms.Add(term);
        }
        else if (_termLast[term] == position)
        {
            return; // found through two lookups (exact and squeezed) for the same token
        }

        _termLast[term] = position;
        _termCount[term]++;
        if (_hitCount == _hits.Length)
        {
            Array.Resize(ref _hits, _hits.Length * 2);
        }

        _hits[_hitCount++] = (term, position);
    }

    /// <summary>Groups the recorded hits by term (a counting sort), so each term's positions are one sorted run.</summary>
    public void Seal()
    {
        if (_positions.Length < _hitCount)
        {
            _positions = new int[Math.Max(_hitCount, _positions.Length * 2)];
        }

        var offset = 0;
        foreach (var term in HitTerms)
        {
            _termStart[term] = offset;
            offset += _termCount[term];
            _termCount[term] = 0;
        }

        for (var i = 0; i < _hitCount; i++)
        {
            var (term, position) = _hits[i];
            _positions[_termStart[term] + _termCount[term]++] = position;
        }
    }

    public bool Occurs(int term) => _termStamp[term] == _stamp;

    /// <summary>The sorted positions of a term within a view.</summary>
    public ReadOnlySpan<int> Positions(int term, View view)
    {
        if (_termStamp[term] != _stamp)
        {
            return [];
        }

        var all = _positions.AsSpan(_termStart[term], _termCount[term]);
        var from = 0;
        while (from < all.Length && all[from] < view.From)
        {
            from++;
        }

        var to = from;
        while (to < all.Length && all[to] < view.To)
        {
            to++;
        }

        return all[from..to];
    }

    public bool Contains(int term, int position) => Positions(term, new View(position, position + 1)).Length > 0;

    /// <summary>Marks a query as a candidate once per post.</summary>
    public void AddCandidate(int query)
    {
        if (_queryStamp[query] != _stamp)
        {
            _queryStamp[query] = _stamp;
            Candidates.Add(query);
        }
    }

    public List<Occurrence> RentOccurrences()
    {
        if (_occurrenceDepth == _occurrencePool.Count)
        {
            _occurrencePool.Add([]);
        }

        var list = _occurrencePool[_occurrenceDepth++];
        list.Clear();
        return list;
    }

    public void ReturnOccurrences() => _occurrenceDepth--;
}
