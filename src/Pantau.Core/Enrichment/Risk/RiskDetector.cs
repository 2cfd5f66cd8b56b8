using System.Collections.Frozen;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment;

/// <summary>
/// Finds the phrases of <see cref="RiskLexicon"/> in a post's tokens: legal threats, calls to spread the post, and
/// harm to people, their money or their accounts.
/// </summary>
/// <remarks>
/// <para>The lexicon is compiled once into a dictionary from a phrase's first word to the phrases starting with it,
/// longest first. The post is read once, left to right; at each word, hashtag or emoji the longest phrase that
/// matches there wins and the reading continues after it. A veto phrase ("menuntut ilmu") wins the same way but raises
/// nothing, so the words it covers are not read as a risk.</para>
/// <para>Words match on the tokeniser's folded lower-case text, and an elongated word ("viralkaaan") also on its
/// squeezed form, compared with the squeezed form of the lexicon word. A hashtag matches as a word ("#boikot"), as a
/// multi-word phrase written as one ("#laporpolisi"), or by a campaign prefix ("#boikotnusantel"). Mentions of the
/// police's and regulators' accounts ("@YLKI_") are legal signals.</para>
/// <para>Pure and thread-safe. A post in which nothing matches costs no allocation.</para>
/// </remarks>
public static class RiskDetector
{
    private static readonly Compiled Lexicon = Compile();

    public static RiskAssessment Detect(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var signals = RiskSignals.None;
        List<string>? evidence = null;
        var count = tokens.Count;
        var i = 0;
        while (i < count)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Hashtag or TokenKind.Emoji:
                    if (TryPhrase(tokens, i, token, out var phrase, out var end))
                    {
                        if (phrase.Signal != RiskSignals.None)
                        {
                            signals |= phrase.Signal;
                            AddEvidence(ref evidence, Describe(tokens, i, end));
                        }

                        i = end + 1;
                        continue;
                    }

                    if (token.Kind == TokenKind.Hashtag && HashtagSignal(token) is var tagged and not RiskSignals.None)
                    {
                        signals |= tagged;
                        AddEvidence(ref evidence, "#" + token.Text);
                    }

                    break;
                case TokenKind.Mention when PrefixSignal(Lexicon.MentionPrefixes, token.Text) is var mentioned and not RiskSignals.None:
                    signals |= mentioned;
                    AddEvidence(ref evidence, "@" + token.Text);
                    break;
                default:
                    break;
            }

            i++;
        }

        return evidence is null ? RiskAssessment.None : new RiskAssessment(signals, evidence);
    }

    private static bool TryPhrase(IReadOnlyList<Token> tokens, int start, Token first, out Phrase phrase, out int end)
    {
        if (Lexicon.ByFirstWord.TryGetValue(first.Text, out var candidates) && TryCandidates(candidates, tokens, start, first, out phrase, out end))
        {
            return true;
        }

        if (first.Squeezed is { } squeezed && Lexicon.ByFirstSqueezed.TryGetValue(squeezed, out candidates)
            && TryCandidates(candidates, tokens, start, first, out phrase, out end))
        {
            return true;
        }

        phrase = null!;
        end = start;
        return false;
    }

    private static bool TryCandidates(Phrase[] candidates, IReadOnlyList<Token> tokens, int start, Token first, out Phrase phrase, out int end)
    {
        foreach (var candidate in candidates)
        {
            if (candidate.FirstNotTitleCase && IsTitleCase(first))
            {
                continue;
            }

            if (candidate.TryMatchRest(tokens, start, out end))
            {
                phrase = candidate;
                return true;
            }
        }

        phrase = null!;
        end = start;
        return false;
    }

    private static bool IsTitleCase(Token token) =>
        token.Cased is { Length: > 1 } cased && char.IsUpper(cased[0]) && char.IsLower(cased[1]);

    private static RiskSignals HashtagSignal(Token token)
    {
        if (Lexicon.HashtagPhrases.TryGetValue(token.Text, out var signal))
        {
            return signal;
        }

        signal = PrefixSignal(Lexicon.HashtagPrefixes, token.Text);
        return signal == RiskSignals.None && token.Squeezed is { } squeezed ? PrefixSignal(Lexicon.HashtagPrefixes, squeezed) : signal;
    }

    private static RiskSignals PrefixSignal((string Prefix, RiskSignals Signal)[] prefixes, string text)
    {
        var signal = RiskSignals.None;
        foreach (var (prefix, prefixSignal) in prefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                signal |= prefixSignal;
            }
        }

        return signal;
    }

    private static void AddEvidence(ref List<string>? evidence, string text)
    {
        evidence ??= new List<string>(2);
        if (!evidence.Contains(text))
        {
            evidence.Add(text);
        }
    }

    /// <summary>The matched tokens as the post wrote them (folded, lower case), hashtags with their '#'.</summary>
    private static string Describe(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start == end)
        {
            var token = tokens[start];
            return token.Kind == TokenKind.Hashtag ? "#" + token.Text : token.Text;
        }

        var length = end - start;
        for (var i = start; i <= end; i++)
        {
            length += tokens[i].Text.Length + (tokens[i].Kind is TokenKind.Hashtag or TokenKind.Mention ? 1 : 0);
        }

        return string.Create(length, (tokens, start, end), static (span, state) =>
        {
            var at = 0;
            for (var i = state.start; i <= state.end; i++)
            {
                if (i > state.start)
                {
                    span[at++] = ' ';
                }

                var token = state.tokens[i];
                if (token.Kind is TokenKind.Hashtag or TokenKind.Mention)
                {
                    span[at++] = token.Kind == TokenKind.Hashtag ? '#' : '@';
                }

                token.Text.AsSpan().CopyTo(span[at..]);
                at += token.Text.Length;
            }
        });
    }

    private static Compiled Compile()
    {
        var phrases = new List<Phrase>();
        Add(phrases, RiskLexicon.Legal, RiskSignals.Legal);
        Add(phrases, RiskLexicon.Viral, RiskSignals.Viral);
        Add(phrases, RiskLexicon.Safety, RiskSignals.Safety);

        // Longest phrase first, so that "tolong viralkan" is read before "viralkan" would be; a veto before a phrase of
        // the same length.
        var ordered = phrases.OrderByDescending(p => p.Positions.Length).ThenBy(p => p.Signal == RiskSignals.None ? 0 : 1).ToList();
        var byFirst = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var byFirstSqueezed = new Dictionary<string, List<Phrase>>(StringComparer.Ordinal);
        var hashtagPhrases = new Dictionary<string, RiskSignals>(StringComparer.Ordinal);
        foreach (var phrase in ordered)
        {
            foreach (var word in phrase.Positions[0].Words)
            {
                Index(byFirst, word, phrase);
                Index(byFirstSqueezed, TextNormaliser.Squeeze(word), phrase);
            }

            if (phrase.Signal != RiskSignals.None && phrase.Positions.Length > 1 && !phrase.Positions.Any(p => p.IsNumber))
            {
                foreach (var joined in Concatenations(phrase.Positions))
                {
                    hashtagPhrases[joined] = hashtagPhrases.GetValueOrDefault(joined) | phrase.Signal;
                }
            }
        }

        return new Compiled(
            byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            byFirstSqueezed.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            hashtagPhrases.ToFrozenDictionary(StringComparer.Ordinal),
            RiskLexicon.HashtagPrefixes,
            RiskLexicon.MentionPrefixes);

        static void Index(Dictionary<string, List<Phrase>> index, string key, Phrase phrase)
        {
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            if (!list.Contains(phrase))
            {
                list.Add(phrase);
            }
        }
    }

    private static void Add(List<Phrase> phrases, string[] patterns, RiskSignals signal)
    {
        foreach (var pattern in patterns)
        {
            phrases.Add(Phrase.Parse(pattern, signal));
        }
    }

    /// <summary>Every way of writing the phrase as one hashtag: one word from each position, run together.</summary>
    private static IEnumerable<string> Concatenations(Position[] positions)
    {
        IEnumerable<string> joined = [""];
        foreach (var position in positions)
        {
            var words = position.Words;
            joined = joined.SelectMany(prefix => words.Select(word => prefix + word));
        }

        return joined;
    }

    private sealed record Compiled(
        FrozenDictionary<string, Phrase[]> ByFirstWord,
        FrozenDictionary<string, Phrase[]> ByFirstSqueezed,
        FrozenDictionary<string, RiskSignals> HashtagPhrases,
        (string Prefix, RiskSignals Signal)[] HashtagPrefixes,
        (string Prefix, RiskSignals Signal)[] MentionPrefixes);

    /// <summary>One position of a phrase: the words that may stand there, or any number; and how many other tokens may come before it.</summary>
    private sealed class Position
    {
        private readonly FrozenSet<string> _words;
        private readonly FrozenSet<string> _squeezed;

        public Position(string[] words, bool isNumber, int gapBefore)
        {
            Words = words;
            IsNumber = isNumber;
            GapBefore = gapBefore;
            _words = words.ToFrozenSet(StringComparer.Ordinal);
            _squeezed = words.Select(TextNormaliser.Squeeze).ToFrozenSet(StringComparer.Ordinal);
        }

        public string[] Words { get; }

        public bool IsNumber { get; }

        public int GapBefore { get; }

        public bool Matches(Token token) =>
            IsNumber
                ? token.Kind == TokenKind.Number
                : token.Kind is TokenKind.Word or TokenKind.Hashtag or TokenKind.Emoji
                  && (_words.Contains(token.Text) || (token.Squeezed is { } squeezed && _squeezed.Contains(squeezed)));
    }

    private sealed class Phrase
    {
        private Phrase(RiskSignals signal, Position[] positions, bool firstNotTitleCase)
        {
            Signal = signal;
            Positions = positions;
            FirstNotTitleCase = firstNotTitleCase;
        }

        /// <summary>The signal the phrase raises; none for a veto.</summary>
        public RiskSignals Signal { get; }

        public Position[] Positions { get; }

        public bool FirstNotTitleCase { get; }

        /// <summary>Matches the positions after the first (which the caller matched at <paramref name="start"/>); <paramref name="end"/> is the last token matched.</summary>
        public bool TryMatchRest(IReadOnlyList<Token> tokens, int start, out int end)
        {
            end = start;
            for (var p = 1; p < Positions.Length; p++)
            {
                var position = Positions[p];
                var last = Math.Min(tokens.Count - 1, end + 1 + position.GapBefore);
                var found = false;
                for (var j = end + 1; j <= last; j++)
                {
                    if (position.Matches(tokens[j]))
                    {
                        end = j;
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        }

        public static Phrase Parse(string pattern, RiskSignals signal)
        {
            var veto = pattern.StartsWith('!');
            var positions = new List<Position>();
            var gap = 0;
            var firstNotTitleCase = false;
            foreach (var part in (veto ? pattern[1..] : pattern).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith('~'))
                {
                    gap = int.Parse(part.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
                    continue;
                }

                var words = part;
                if (words.StartsWith('='))
                {
                    if (positions.Count > 0)
                    {
                        throw new FormatException($"'=' marks only the first word: {pattern}");
                    }

                    firstNotTitleCase = true;
                    words = words[1..];
                }

                var alternatives = words.Split('|', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
                var isNumber = alternatives is ["#"];
                if (positions.Count == 0 && isNumber)
                {
                    throw new FormatException($"A phrase cannot start with a number: {pattern}");
                }

                positions.Add(new Position(isNumber ? [] : alternatives, isNumber, positions.Count == 0 ? 0 : gap));
                gap = 0;
            }

            if (positions.Count == 0)
            {
                throw new FormatException($"An empty phrase in the risk lexicon: '{pattern}'");
            }

            return new Phrase(veto ? RiskSignals.None : signal, [.. positions], firstNotTitleCase);
        }
    }
}
