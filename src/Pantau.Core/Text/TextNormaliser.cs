using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Pantau.Core.Text;

/// <summary>
/// The one normaliser applied to posts, queries and training text alike (design invariant 5).
/// Each character is folded the same way everywhere: Unicode compatibility forms (NFKC: fullwidth, ligatures,
/// mathematical and circled letters read as plain letters), accents and format characters removed, and, for
/// matching, lower case. Tokens are words, numbers, #hashtags, @mentions, URLs and emoji, each located in the
/// original text; elongated words ("lemooot") carry their squeezed form and "kata2" reads as "kata kata".
/// </summary>
public static class TextNormaliser
{
    /// <summary>Longest token kept; the rest of a longer run is read but not stored (hostile input).</summary>
    public const int MaxTokenLength = 256;

    private static readonly string?[] BmpFolds = new string?[char.MaxValue + 1];
    private static readonly ConcurrentDictionary<int, string> AstralFolds = new();

    /// <summary>Folds text for comparison: every character folded, lower case, whitespace and controls collapsed to single spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            var folded = FoldCased(rune);
            if (folded.Length == 0)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            foreach (var c in folded)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// One character folded with its case kept: compatibility decomposition, combining marks, format characters
    /// and emoji skin-tone modifiers removed, then recomposed. Empty for characters that fold away entirely.
    /// </summary>
    public static string FoldCased(Rune rune)
    {
        if (rune.IsAscii)
        {
            return AsciiStrings[rune.Value];
        }

        if (rune.IsBmp)
        {
            return BmpFolds[rune.Value] ??= ComputeFold(rune);
        }

        return AstralFolds.GetOrAdd(rune.Value, static v => ComputeFold(new Rune(v)));
    }

    private static readonly string[] AsciiStrings = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();

    private static string ComputeFold(Rune rune)
    {
        var decomposed = rune.ToString().Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(part);
            var isSkinTone = part.Value is >= 0x1F3FB and <= 0x1F3FF;
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format || isSkinTone)
            {
                continue;
            }

            builder.Append(part.ToString());
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when a letter occurs three or more times in a row ("lemooot", "maaaaf").</summary>
    public static bool IsElongated(ReadOnlySpan<char> word)
    {
        var run = 1;
        for (var i = 1; i < word.Length; i++)
        {
            run = word[i] == word[i - 1] ? run + 1 : 1;
            if (run >= 3 && char.IsLetter(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes every run of a repeated letter once: "lemooot" and "lemot" both become "lemot", "maaf" becomes "maf".</summary>
    public static string Squeeze(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<char> buffer = word.Length <= MaxTokenLength ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (i > 0 && word[i] == word[i - 1] && char.IsLetter(word[i]))
            {
                continue;
            }

            buffer[length++] = word[i];
        }

        return length == word.Length ? word : new string(buffer[..length]);
    }

    /// <summary>Splits text into tokens located in <paramref name="text"/>. Folding is applied here, so pass the original text.</summary>
    public static List<Token> Tokenise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // About one token per six characters of social text; sized once instead of grown.
        var tokens = new List<Token>((text.Length / 6) + 1);
        Span<char> buffer = stackalloc char[MaxTokenLength];
        new Reader(text, tokens, buffer).Run();
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>The tokeniser's state while it walks a text once, rune by rune.</summary>
    private ref struct Reader(string text, List<Token> tokens, Span<char> buffer)
    {
        private readonly string _text = text;
        private readonly List<Token> _tokens = tokens;
        private readonly Span<char> _buffer = buffer;
        private int _length;
        private int _start;
        private int _end;
        private TokenKind _kind;
        private bool _inToken;
        private bool _pendingJoiner; // a '.' (or ',' in numbers) that joins only if a word character follows
        private char _joiner;
        private int _sigilStart;
        private char _sigil;
        private bool _previousWasWord;

        public void Run()
        {
            var span = _text.AsSpan();
            var i = 0;
            while (i < span.Length)
            {
                if (!_inToken && !_previousWasWord && StartsUrl(span[i..]))
                {
                    i = ReadUrl(i);
                    continue;
                }

                Rune rune;
                int consumed;
                var c = span[i];
                if (c < 128)
                {
                    rune = new Rune(c);
                    consumed = 1;
                }
                else if (Rune.DecodeFromUtf16(span[i..], out rune, out consumed) != System.Buffers.OperationStatus.Done)
                {
                    i += Math.Max(1, consumed);
                    EndToken();
                    continue;
                }

                var runeStart = i;
                i += consumed;
                if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
                {
                    EndToken();
                    _sigil = '\0';
                    _previousWasWord = false;
                    continue;
                }

                var folded = FoldCased(rune);
                if (folded.Length == 0)
                {
                    // Combining marks, zero-width characters, skin tones: invisible, they neither join nor split, but
                    // a highlight must not cut them off the letter or emoji they follow.
                    ExtendOver(runeStart, i);
                    continue;
                }

                if (!IsWordChar(folded[0]) && Rune.GetUnicodeCategory(rune) == UnicodeCategory.OtherSymbol)
                {
                    EndToken();
                    _tokens.Add(new Token(folded, TokenKind.Emoji, runeStart, consumed));
                    _sigil = '\0';
                    _previousWasWord = false;
                    continue;
                }

                foreach (var f in folded)
                {
                    Accept(f, runeStart, i);
                }
            }

            EndToken();
        }

        private void ExtendOver(int start, int end)
        {
            if (_inToken && !_pendingJoiner && _end == start)
            {
                _end = end;
            }
            else if (!_inToken && _tokens.Count > 0 && _tokens[^1] is { Kind: TokenKind.Emoji } emoji && emoji.Start + emoji.Length == start)
            {
                _tokens[^1] = emoji with { Length = end - emoji.Start };
            }
        }

        private void Accept(char c, int start, int end)
        {
            if (IsWordChar(c))
            {
                if (_inToken && _pendingJoiner && _kind == TokenKind.Word && !char.IsDigit(c))
                {
                    EndToken(); // "jam 10,sinyal": a separator joins digits to digits only
                }

                if (!_inToken)
                {
                    _inToken = true;
                    _length = 0;
                    _kind = TokenKind.Word;
                    _start = start;
                    if (_sigil != '\0')
                    {
                        _kind = _sigil == '#' ? TokenKind.Hashtag : TokenKind.Mention;
                        _start = _sigilStart;
                    }

                    _sigil = '\0';
                }
                else if (_pendingJoiner)
                {
                    Append(_joiner);
                    _pendingJoiner = false;
                }

                Append(c);
                _end = end;
                _previousWasWord = true;
                return;
            }

            if (_inToken && !_pendingJoiner && IsJoiner(c))
            {
                _pendingJoiner = true;
                _joiner = c;
                return;
            }

            EndToken();
            if ((c == '#' || c == '@') && !_previousWasWord)
            {
                _sigil = c;
                _sigilStart = start;
            }
            else
            {
                _sigil = '\0';
            }

            _previousWasWord = false;
        }

        /// <summary>Dots and underscores join handles and tags ("@budi.santoso"); dots and commas join digits ("50.000", "1,5").</summary>
        private readonly bool IsJoiner(char c) =>
            _kind is TokenKind.Hashtag or TokenKind.Mention ? c == '.'
            : (c == '.' || c == ',') && _length > 0 && char.IsDigit(_buffer[_length - 1]) && IsAllDigits(_buffer[.._length]);

        private void Append(char c)
        {
            if (_length < _buffer.Length)
            {
                _buffer[_length++] = c;
            }
        }

        private void EndToken()
        {
            _pendingJoiner = false;
            if (!_inToken)
            {
                return;
            }

            _inToken = false;
            var cased = _buffer[.._length];
            var kind = _kind == TokenKind.Word && IsAllDigits(cased) ? TokenKind.Number : _kind;
            if (kind == TokenKind.Word && IsReduplication(cased))
            {
                var single = Make(cased[..^1], kind);
                _tokens.Add(single);
                _tokens.Add(single);
                return;
            }

            _tokens.Add(Make(cased, kind));
        }

        private readonly Token Make(ReadOnlySpan<char> cased, TokenKind kind)
        {
            Span<char> lower = stackalloc char[cased.Length];
            cased.ToLowerInvariant(lower);
            var text = new string(lower);
            var sameCase = lower.SequenceEqual(cased);
            return new Token(text, kind, _start, _end - _start)
            {
                Cased = sameCase ? null : new string(cased),
                Squeezed = kind != TokenKind.Number && IsElongated(lower) ? Squeeze(text) : null,
            };
        }

        private int ReadUrl(int i)
        {
            var start = i;
            while (i < _text.Length && !char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            var end = i;
            while (end > start && _text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '"' or '>')
            {
                end--;
            }

            var url = Fold(_text[start..end]);
            _tokens.Add(new Token(url.Length > MaxTokenLength ? url[..MaxTokenLength] : url, TokenKind.Url, start, end - start));
            _sigil = '\0';
            _previousWasWord = false;
            return i;
        }

        private static bool StartsUrl(ReadOnlySpan<char> s) =>
            s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || s.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsDigit(c) && c != '.' && c != ',')
            {
                return false;
            }
        }

        return s.Length > 0 && char.IsDigit(s[0]);
    }

    /// <summary>"kata2", "anak2": three or more letters and a final 2, the Indonesian shorthand for a repeated word.</summary>
    private static bool IsReduplication(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] != '2')
        {
            return false;
        }

        foreach (var c in word[..^1])
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
