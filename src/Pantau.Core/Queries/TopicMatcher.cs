using System.Collections.Frozen;
using Pantau.Core.Posts;

namespace Pantau.Core.Queries;

/// <summary>A topic whose query did not parse, so the matcher left it out.</summary>
public sealed record RejectedTopic(Guid TopicId, QueryError Error);

/// <summary>Which part of a post a highlight is in; offsets are into <see cref="RawPost.Text"/> or <see cref="RawPost.Title"/>.</summary>
public enum PostField
{
    Text,
    Title,
}

/// <summary>A matched word: where it is in the post, for highlighting.</summary>
public readonly record struct Highlight(PostField Field, int Start, int Length);

/// <summary>A topic a post matched, and the words that made it match.</summary>
public sealed record TopicMatch(Guid TopicId, IReadOnlyList<Highlight> Highlights);

/// <summary>
/// Every enabled topic of every workspace compiled into one immutable structure. A post's tokens are looked up
/// once in its workspace's term index; only the topics that share a required term with the post (their
/// anchors, as in Lucene's Monitor) are evaluated, so cost grows with candidate topics per post, not with the
/// number of topics. Thread-safe: build a new one and swap the reference to change topics.
/// </summary>
public sealed class TopicMatcher
{
    private readonly FrozenDictionary<Guid, WorkspaceIndex> _workspaces;

    private TopicMatcher(FrozenDictionary<Guid, WorkspaceIndex> workspaces, int topicCount, IReadOnlyList<RejectedTopic> rejected)
    {
        _workspaces = workspaces;
        TopicCount = topicCount;
        Rejected = rejected;
    }

    public static TopicMatcher Empty { get; } = Compile([]);

    /// <summary>
    /// True when a topic of the workspace uses <c>lang:</c>. The pipeline then identifies the language of a post
    /// that did not declare one before matching; otherwise that work waits until the post has matched.
    /// </summary>
    public bool ReadsLanguage(Guid workspaceId) => _workspaces.TryGetValue(workspaceId, out var index) && index.ReadsLanguage;

    /// <summary>Topics compiled in (rejected ones not counted).</summary>
    public int TopicCount { get; }

    public IReadOnlyList<RejectedTopic> Rejected { get; }

    /// <summary>Compiles topics; a query that does not parse is left out and listed in <see cref="Rejected"/>.</summary>
    public static TopicMatcher Compile(IEnumerable<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var rejected = new List<RejectedTopic>();
        var byWorkspace = new Dictionary<Guid, List<(Guid TopicId, ParsedQuery Query)>>();
        foreach (var topic in topics)
        {
            if (!QueryParser.TryParse(topic.Query, out var parsed, out var error))
            {
                rejected.Add(new RejectedTopic(topic.Id, error!));
                continue;
            }

            if (!byWorkspace.TryGetValue(topic.WorkspaceId, out var list))
            {
                byWorkspace[topic.WorkspaceId] = list = [];
            }

            list.Add((topic.Id, parsed!));
        }

        var compiled = byWorkspace.ToFrozenDictionary(w => w.Key, w => WorkspaceIndex.Build(w.Value));
        return new TopicMatcher(compiled, byWorkspace.Values.Sum(l => l.Count), rejected);
    }

    /// <summary>Compiles parsed queries directly (the CLI and query preview, which parse and report errors themselves).</summary>
    public static TopicMatcher Compile(Guid workspaceId, IEnumerable<(Guid TopicId, ParsedQuery Query)> queries)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var list = queries.ToList();
        var compiled = new Dictionary<Guid, WorkspaceIndex> { [workspaceId] = WorkspaceIndex.Build(list) };
        return new TopicMatcher(compiled.ToFrozenDictionary(), list.Count, []);
    }

    /// <summary>The ids of the topics of the post's workspace that it matches, in no particular order.</summary>
    public IReadOnlyList<Guid> Match(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!_workspaces.TryGetValue(post.WorkspaceId, out var index))
        {
            return [];
        }

        var scratch = MatchScratch.Current;
        index.FindCandidates(post, scratch);
        List<Guid>? matched = null;
        foreach (var q in scratch.Candidates)
        {
            var query = index.Queries[q];
            if (query.Root.Matches(scratch, View.Default))
            {
                (matched ??= []).Add(query.TopicId);
            }
        }

        return (IReadOnlyList<Guid>?)matched ?? [];
    }

    /// <summary>
    /// Evaluates every query of the post's workspace, without the term pre-filter: the baseline the benchmarks
    /// compare <see cref="Match"/> with, and a cross-check for tests. Same results, much slower.
    /// </summary>
    internal IReadOnlyList<Guid> MatchEveryQuery(NormalisedPost post)
    {
        if (!_workspaces.TryGetValue(post.WorkspaceId, out var index))
        {
            return [];
        }

        var scratch = MatchScratch.Current;
        index.FindCandidates(post, scratch);
        var matched = new List<Guid>();
        foreach (var query in index.Queries)
        {
            if (query.Root.Matches(scratch, View.Default))
            {
                matched.Add(query.TopicId);
            }
        }

        return matched;
    }

    /// <summary>Like <see cref="Match"/>, with the words that made each topic match.</summary>
    public IReadOnlyList<TopicMatch> Explain(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!_workspaces.TryGetValue(post.WorkspaceId, out var index))
        {
            return [];
        }

        var scratch = MatchScratch.Current;
        index.FindCandidates(post, scratch);
        var matches = new List<TopicMatch>();
        var positions = new List<int>();
        foreach (var q in scratch.Candidates)
        {
            var query = index.Queries[q];
            if (!query.Root.Matches(scratch, View.Default))
            {
                continue;
            }

            positions.Clear();
            query.Root.CollectHighlights(scratch, View.Default, positions);
            matches.Add(new TopicMatch(query.TopicId, ToHighlights(post, positions)));
        }

        return matches;
    }

    private static List<Highlight> ToHighlights(NormalisedPost post, List<int> positions)
    {
        positions.Sort();
        var highlights = new List<Highlight>(positions.Count);
        var previous = -1;
        foreach (var p in positions)
        {
            if (p == previous)
            {
                continue;
            }

            previous = p;
            var (field, tokens, i) = p >= View.TitleBase ? (PostField.Title, post.TitleTokens, p - View.TitleBase) : (PostField.Text, post.Tokens, p);
            if (p >= View.AuthorBase || i >= tokens.Count)
            {
                continue;
            }

            var highlight = new Highlight(field, tokens[i].Start, tokens[i].Length);
            if (highlights.Count == 0 || highlights[^1] != highlight)
            {
                highlights.Add(highlight); // "kata2" is two tokens over the same characters
            }
        }

        return highlights;
    }
}
