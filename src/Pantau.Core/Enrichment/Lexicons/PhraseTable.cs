using System.Collections.Frozen;

namespace Pantau.Core.Enrichment.Lexicons;

/// <summary>Terms of one or more words with a value, found at a position of a word sequence by longest match.</summary>
public sealed class PhraseTable<T>
{
    private readonly FrozenDictionary<string, T> _single;
    private readonly FrozenDictionary<string, (string[] Words, T Value)[]> _multi;

    public PhraseTable(IEnumerable<KeyValuePair<string, T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var single = new Dictionary<string, T>(StringComparer.Ordinal);
        var multi = new Dictionary<string, List<(string[], T)>>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 1)
            {
                single[words[0]] = value;
            }
            else if (words.Length > 1)
            {
                if (!multi.TryGetValue(words[0], out var list))
                {
                    multi[words[0]] = list = [];
                }

                list.Add((words[1..], value));
            }
        }

        _single = single.ToFrozenDictionary(StringComparer.Ordinal);
        _multi = multi.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(e => e.Item1.Length).ToArray(), StringComparer.Ordinal);
        Count = single.Count + multi.Values.Sum(l => l.Count);
    }

    public int Count { get; }

    public bool ContainsWord(string word) => _single.ContainsKey(word) || _multi.ContainsKey(word);

    public bool TryGetWord(string word, out T value) => _single.TryGetValue(word, out value!);

    /// <summary>The longest term starting at <paramref name="start"/>; <paramref name="length"/> is how many words it covers.</summary>
    public bool TryMatch<TWords>(TWords words, int count, int start, Func<TWords, int, string> wordAt, out T value, out int length)
    {
        ArgumentNullException.ThrowIfNull(wordAt);
        var first = wordAt(words, start);
        if (_multi.TryGetValue(first, out var candidates))
        {
            foreach (var (rest, candidateValue) in candidates)
            {
                if (start + rest.Length >= count)
                {
                    continue;
                }

                var all = true;
                for (var j = 0; j < rest.Length && all; j++)
                {
                    all = string.Equals(wordAt(words, start + 1 + j), rest[j], StringComparison.Ordinal);
                }

                if (all)
                {
                    value = candidateValue;
                    length = rest.Length + 1;
                    return true;
                }
            }
        }

        if (_single.TryGetValue(first, out value!))
        {
            length = 1;
            return true;
        }

        length = 0;
        return false;
    }
}
