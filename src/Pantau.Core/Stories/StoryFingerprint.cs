using Pantau.Core.Text;

namespace Pantau.Core.Stories;

/// <summary>
/// The MinHash fingerprint of a mention's text, computed into buffers this instance keeps and reuses (one instance per
/// thread; not thread-safe). The text is read as folded words: links, @handles, #tags, emoji, an "RT @handle" marker
/// and the wrapping of a forwarded e-mail (<see cref="ForwardedMail"/>) are left out, elongations are squeezed
/// ("parahhhh" reads as "parah"), so a reshare or a forward fingerprints like its original. The shingles are the single
/// words and the runs of <see cref="ShingleWords"/> words, each hashed once to 64 bits; <see cref="Hashes"/>
/// multiply-shift hash functions of that give the signature.
/// </summary>
public sealed class StoryFingerprint
{
    public const int Hashes = 64;
    public const int ShingleWords = 2;

    /// <summary>Words read per text at most; a long article's beginning decides its story, and hostile input is bounded.</summary>
    public const int MaxWords = 1_000;

    private static readonly ulong[] Multipliers = new ulong[Hashes];
    private static readonly ulong[] Offsets = new ulong[Hashes];

    private readonly uint[] _signature = new uint[Hashes];
    private readonly List<Range> _skipped = [];
    private readonly List<string> _links = [];
    private ulong[] _words = new ulong[64];
    private ulong[] _shingles = new ulong[64];

    static StoryFingerprint()
    {
        // Fixed seeds: a fingerprint must come out the same in every process, so that Seed after a restart indexes
        // history exactly as Assign did.
        var state = 0x5A17AB5EED5UL;
        for (var i = 0; i < Hashes; i++)
        {
            Multipliers[i] = NextRandom(ref state) | 1;
            Offsets[i] = NextRandom(ref state);
        }
    }

    /// <summary>The signature of the last computed text: per hash function, the least value over its shingles.</summary>
    public ReadOnlySpan<uint> Signature => _signature;

    /// <summary>Distinct shingles of the last text.</summary>
    public int ShingleCount { get; private set; }

    /// <summary>Words of the last text that are neither stop words nor one letter long (<see cref="StopWords"/>).</summary>
    public int ContentWords { get; private set; }

    /// <summary>Normalised shared links of the last text (<see cref="StoryLink"/>), each once.</summary>
    public IReadOnlyList<string> Links => _links;

    /// <summary>Fingerprints <paramref name="text"/>; pass its tokens when they are at hand (they must be <paramref name="text"/>'s).</summary>
    public void Compute(string text, IReadOnlyList<Token>? tokens = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        tokens ??= TextNormaliser.Tokenise(text);
        _skipped.Clear();
        _links.Clear();
        ForwardedMail.FindWrapping(text, _skipped);
        var words = ReadWords(tokens);
        var shingles = Shingle(words);
        ShingleCount = shingles;
        Sign(_shingles.AsSpan(0, shingles));
    }

    /// <summary>The share of hash functions on which two signatures agree: an unbiased estimate of the shingle sets' Jaccard similarity.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b) => (double)Agreements(a, b) / Hashes;

    internal static int Agreements(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return same;
    }

    private int ReadWords(IReadOnlyList<Token> tokens)
    {
        var count = 0;
        var content = 0;
        var skip = 0;
        for (var i = 0; i < tokens.Count && count < MaxWords; i++)
        {
            var token = tokens[i];
            while (skip < _skipped.Count && _skipped[skip].End.Value <= token.Start)
            {
                skip++;
            }

            if (skip < _skipped.Count && _skipped[skip].Start.Value <= token.Start)
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Url:
                    AddLink(token.Text);
                    continue;
                case TokenKind.Word when token.Text == "rt" && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Mention:
                case TokenKind.Mention or TokenKind.Hashtag or TokenKind.Emoji:
                    continue;
            }

            if (token.Kind == TokenKind.Word && token.Text.Length > 1 && !StopWords.Contains(token.Squeezed ?? token.Text))
            {
                content++;
            }

            if (count == _words.Length)
            {
                Array.Resize(ref _words, _words.Length * 2);
            }

            _words[count++] = HashSqueezed(token.Text);
        }

        ContentWords = content;
        return count;
    }

    private void AddLink(string url)
    {
        var link = StoryLink.Normalise(url);
        if (link is not null && !_links.Contains(link))
        {
            _links.Add(link);
        }
    }

    /// <summary>Writes the distinct shingle hashes to the start of the shingle buffer and returns how many.</summary>
    private int Shingle(int words)
    {
        var size = words < ShingleWords ? 1 : ShingleWords;
        var runs = Math.Max(0, words - size + 1);
        var count = runs + (size > 1 ? words : 0);
        if (_shingles.Length < count)
        {
            _shingles = new ulong[Math.Max(count, _shingles.Length * 2)];
        }

        for (var i = 0; i < runs; i++)
        {
            var hash = _words[i];
            for (var j = 1; j < size; j++)
            {
                hash = Mix((hash * 0x9E3779B97F4A7C15UL) ^ _words[i + j]);
            }

            _shingles[i] = hash;
        }

        // Single words as well: a typo breaks one word but two runs, so a typo'd copy keeps more in common.
        for (var i = runs; i < count; i++)
        {
            _shingles[i] = _words[i - runs];
        }

        var span = _shingles.AsSpan(0, count);
        span.Sort();
        var distinct = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (distinct == 0 || span[i] != span[distinct - 1])
            {
                span[distinct++] = span[i];
            }
        }

        return distinct;
    }

    private void Sign(ReadOnlySpan<ulong> shingles)
    {
        var signature = _signature.AsSpan();
        signature.Fill(uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var value = (uint)(((shingle * Multipliers[i]) + Offsets[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }
    }

    /// <summary>FNV-1a over the word with every run of a repeated letter read once, so "parahhh" and "parah" hash alike.</summary>
    private static ulong HashSqueezed(string word)
    {
        var hash = 0xCBF29CE484222325UL;
        var previous = '\0';
        foreach (var c in word)
        {
            if (c == previous && char.IsLetter(c))
            {
                continue;
            }

            hash = (hash ^ c) * 0x100000001B3UL;
            previous = c;
        }

        return Mix(hash);
    }

    /// <summary>The SplitMix64 finaliser: spreads every input bit over the whole word.</summary>
    internal static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong NextRandom(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }
}
