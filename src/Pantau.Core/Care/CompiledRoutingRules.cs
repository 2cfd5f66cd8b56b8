using System.Collections.Frozen;
using Pantau.Core.Text;

namespace Pantau.Core.Care;

/// <summary>
/// A workspace's routing rules prepared once for many cases: sorted by order then id, keywords parsed and indexed by their
/// first word. Matching a case tokenises its text once and looks each token up in that index, so the cost grows with the text
/// and the number of rules, not with their product. Immutable, so one instance may serve concurrent callers.
/// </summary>
public sealed class CompiledRoutingRules
{
    private readonly Compiled[] _rules;

    /// <summary>First word (folded, and squeezed when elongated) to the (rule, keyword) phrases that start with it.</summary>
    private readonly FrozenDictionary<string, (int Rule, RoutingKeyword Keyword)[]> _byFirstWord;

    public CompiledRoutingRules(IReadOnlyList<RoutingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules.Where(rule => rule is not null).OrderBy(rule => rule.Order).ThenBy(rule => rule.Id)];
        _rules = [.. Rules.Select(rule => new Compiled(rule.When ?? RoutingCondition.Any))];

        var index = new Dictionary<string, List<(int, RoutingKeyword)>>(StringComparer.Ordinal);
        for (var i = 0; i < Rules.Count; i++)
        {
            foreach (var keyword in (Rules[i].When?.Keywords ?? []).Select(RoutingKeyword.Parse))
            {
                if (keyword is null)
                {
                    continue;
                }

                var first = keyword.Terms[0];
                Add(index, first.Text, (i, keyword));
                if (!string.Equals(first.Squeezed, first.Text, StringComparison.Ordinal))
                {
                    Add(index, first.Squeezed, (i, keyword));
                }
            }
        }

        _byFirstWord = index.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The rules in the order they are tried.</summary>
    public IReadOnlyList<RoutingRule> Rules { get; }

    /// <summary>The first rule whose condition holds for the case, or null.</summary>
    public RoutingRule? FirstMatch(RoutingCase routedCase)
    {
        ArgumentNullException.ThrowIfNull(routedCase);
        var keywordHit = KeywordHits(routedCase.Text ?? string.Empty);
        for (var i = 0; i < _rules.Length; i++)
        {
            if (_rules[i].Holds(routedCase, keywordHit[i]))
            {
                return Rules[i];
            }
        }

        return null;
    }

    /// <summary>For each rule, whether one of its keywords occurs in the text.</summary>
    private bool[] KeywordHits(string text)
    {
        var hits = new bool[_rules.Length];
        if (_byFirstWord.Count == 0 || text.Length == 0)
        {
            return hits;
        }

        var tokens = TextNormaliser.Tokenise(text);
        for (var position = 0; position < tokens.Count; position++)
        {
            var token = tokens[position];
            Check(token.Text, tokens, position, hits);
            // A term matches an elongated token by its squeezed form, and an elongated term any token that squeezes alike.
            var squeezed = token.Squeezed ?? TextNormaliser.Squeeze(token.Text);
            if (!string.Equals(squeezed, token.Text, StringComparison.Ordinal))
            {
                Check(squeezed, tokens, position, hits);
            }
        }

        return hits;
    }

    private void Check(string key, List<Token> tokens, int position, bool[] hits)
    {
        if (!_byFirstWord.TryGetValue(key, out var candidates))
        {
            return;
        }

        foreach (var (rule, keyword) in candidates)
        {
            if (!hits[rule] && keyword.MatchesAt(tokens, position))
            {
                hits[rule] = true;
            }
        }
    }

    private static void Add(Dictionary<string, List<(int, RoutingKeyword)>> index, string key, (int, RoutingKeyword) entry)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(entry);
    }

    /// <summary>One rule's condition with its sets frozen and its language codes normalised.</summary>
    private sealed class Compiled
    {
        private readonly FrozenSet<Guid> _topics;
        private readonly FrozenSet<string> _languages;
        private readonly FrozenSet<Guid> _sources;
        private readonly bool _hasKeywords;

        public Compiled(RoutingCondition when)
        {
            _topics = (when.TopicIds ?? FrozenSet<Guid>.Empty).ToFrozenSet();
            _languages = (when.Languages ?? FrozenSet<string>.Empty)
                .Where(language => !string.IsNullOrWhiteSpace(language))
                .Select(language => language.Trim())
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            _sources = (when.SourceIds ?? FrozenSet<Guid>.Empty).ToFrozenSet();
            _hasKeywords = when.Keywords is { Count: > 0 };
        }

        public bool Holds(RoutingCase routedCase, bool keywordHit) =>
            (_topics.Count == 0 || (routedCase.TopicIds ?? []).Any(_topics.Contains))
            && (_languages.Count == 0 || LanguageHolds(routedCase.Language))
            && (_sources.Count == 0 || _sources.Contains(routedCase.SourceId))
            && (!_hasKeywords || keywordHit);

        private bool LanguageHolds(string? language)
        {
            if (string.IsNullOrWhiteSpace(language))
            {
                return false;
            }

            language = language.Trim();
            var dash = language.IndexOf('-', StringComparison.Ordinal);
            return _languages.Contains(language) || (dash > 0 && _languages.Contains(language[..dash]));
        }
    }
}
