using System.Collections.Frozen;
using Pantau.Core.Posts;
using Pantau.Core.Text;

namespace Pantau.Core.Queries;

/// <summary>
/// Matches posts against <see cref="TermQuery"/> topics through one inverted index per workspace:
/// cost grows with the tokens of a post, not with the number of topics.
/// A plain word matches the word, the #hashtag and the @mention; a #hashtag or @mention matches only itself.
/// </summary>
public sealed class TermMatcher : ITopicMatcher
{
    private readonly FrozenDictionary<Guid, FrozenDictionary<string, Entry[]>> _byWorkspace;

    private TermMatcher(FrozenDictionary<Guid, FrozenDictionary<string, Entry[]>> byWorkspace) => _byWorkspace = byWorkspace;

    public static TermMatcher Empty { get; } = Compile([]);

    public int TopicCount { get; private init; }

    public static TermMatcher Compile(IEnumerable<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var workspaces = new Dictionary<Guid, Dictionary<string, List<Entry>>>();
        var count = 0;
        foreach (var topic in topics)
        {
            count++;
            if (!workspaces.TryGetValue(topic.WorkspaceId, out var index))
            {
                index = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
                workspaces[topic.WorkspaceId] = index;
            }

            foreach (var alternative in TermQuery.Parse(topic.Query).Alternatives)
            {
                var first = alternative.Tokens[0].Text;
                if (!index.TryGetValue(first, out var entries))
                {
                    entries = [];
                    index[first] = entries;
                }

                entries.Add(new Entry(topic.Id, alternative.Tokens.ToArray()));
            }
        }

        var frozen = workspaces.ToFrozenDictionary(
            w => w.Key,
            w => w.Value.ToFrozenDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
        return new TermMatcher(frozen) { TopicCount = count };
    }

    public IReadOnlyList<Guid> Match(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (!_byWorkspace.TryGetValue(post.WorkspaceId, out var index))
        {
            return [];
        }

        List<Guid>? matched = null;
        Scan(post.Tokens, index, ref matched);
        Scan(post.TitleTokens, index, ref matched);
        return matched is null ? [] : matched;
    }

    private static void Scan(IReadOnlyList<Token> tokens, FrozenDictionary<string, Entry[]> index, ref List<Guid>? matched)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!index.TryGetValue(tokens[i].Text, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if ((matched is null || !matched.Contains(entry.TopicId)) && entry.MatchesAt(tokens, i))
                {
                    (matched ??= []).Add(entry.TopicId);
                }
            }
        }
    }

    private sealed record Entry(Guid TopicId, Token[] Tokens)
    {
        public bool MatchesAt(IReadOnlyList<Token> tokens, int start)
        {
            if (start + Tokens.Length > tokens.Count)
            {
                return false;
            }

            for (var j = 0; j < Tokens.Length; j++)
            {
                var wanted = Tokens[j];
                var actual = tokens[start + j];
                if (actual.Text != wanted.Text || (wanted.Kind != TokenKind.Word && actual.Kind != wanted.Kind))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
