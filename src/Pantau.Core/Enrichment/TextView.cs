using System.Buffers;
using Pantau.Core.Enrichment.Lexicons;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment;

/// <summary>One word of a <see cref="TextView"/>.</summary>
/// <param name="Surface">The folded word (or number) as written, for language identification and spam.</param>
/// <param name="Norm">The word read for meaning: elongation undone, slang mapped to its standard form.</param>
/// <param name="ClauseStart">True when punctuation or a line break separates it from the previous word.</param>
public readonly record struct ViewWord(string Surface, string Norm, TokenKind Kind, bool ClauseStart);

/// <summary>
/// A post's text as the classifiers read it, computed once and shared by language, sentiment, intent and spam:
/// the words (title first, then text), emoji, emoticons and the shape of the text (question marks, URLs,
/// numbers). Built from the same tokens the matcher uses.
/// </summary>
public sealed class TextView
{
    private static readonly SearchValues<char> Breaks = SearchValues.Create(".,;!?\n:()");


    private TextView()
    {
    }

    public List<ViewWord> Words { get; } = [];

    public List<string> Emoji { get; } = [];

    public List<string> Emoticons { get; } = [];

    public List<string> UrlHosts { get; } = [];

    public List<string> Numbers { get; } = [];

    public int Mentions { get; private set; }

    public int Hashtags { get; private set; }

    public int QuestionMarks { get; private set; }

    public int Exclamations { get; private set; }

    public int Letters { get; private set; }

    public int UpperLetters { get; private set; }

    public int Length { get; private set; }

    public static TextView Read(string text, IReadOnlyList<Token> tokens, SentimentLexicon lexicon, string? title = null, IReadOnlyList<Token>? titleTokens = null) =>
        new TextView().Fill(text, tokens, lexicon, title, titleTokens);

    /// <summary>
    /// Like <see cref="Read(string, IReadOnlyList{Token}, SentimentLexicon, string?, IReadOnlyList{Token}?)"/> into this
    /// thread's one reusable view: valid until the next call on the same thread. For the pipeline's hot path, where
    /// the view is read and dropped at once.
    /// </summary>
    public static TextView ReadShared(string text, IReadOnlyList<Token> tokens, SentimentLexicon lexicon, string? title = null, IReadOnlyList<Token>? titleTokens = null) =>
        (t_shared ??= new TextView()).Fill(text, tokens, lexicon, title, titleTokens);

    [ThreadStatic]
    private static TextView? t_shared;

    private TextView Fill(string text, IReadOnlyList<Token> tokens, SentimentLexicon lexicon, string? title, IReadOnlyList<Token>? titleTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(lexicon);
        var view = this;
        Words.Clear();
        Emoji.Clear();
        Emoticons.Clear();
        UrlHosts.Clear();
        Numbers.Clear();
        Mentions = Hashtags = QuestionMarks = Exclamations = Letters = UpperLetters = Length = 0;
        if (title is not null && titleTokens is { Count: > 0 })
        {
            view.AddSegment(title, titleTokens, lexicon);
        }

        view.AddSegment(text, tokens, lexicon);
        return view;
    }

    public static TextView Read(string text, SentimentLexicon lexicon) => Read(text, TextNormaliser.Tokenise(text), lexicon);

    private void AddSegment(string text, IReadOnlyList<Token> tokens, SentimentLexicon lexicon)
    {
        Length += text.Length;
        foreach (var c in text)
        {
            switch (c)
            {
                case '?':
                    QuestionMarks++;
                    break;
                case '!':
                    Exclamations++;
                    break;
                default:
                    if (char.IsLetter(c))
                    {
                        Letters++;
                        UpperLetters += char.IsUpper(c) ? 1 : 0;
                    }

                    break;
            }
        }

        Lexicons.Emoticons.Find(text, lexicon.EmoticonList, Emoticons);
        var segmentStart = true;
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            var clauseStart = segmentStart || HasBreak(text, previousEnd, token.Start);
            previousEnd = token.Start + token.Length;
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Hashtag:
                    Hashtags += token.Kind == TokenKind.Hashtag ? 1 : 0;
                    var form = Form(token, lexicon);
                    var norm = lexicon.Slang.TryGetValue(form, out var standard) ? standard : form;
                    Words.Add(new ViewWord(token.Text, norm, token.Kind, clauseStart));
                    segmentStart = false;
                    break;
                case TokenKind.Mention:
                    Mentions++;
                    break;
                case TokenKind.Emoji:
                    Emoji.Add(token.Text);
                    break;
                case TokenKind.Url:
                    UrlHosts.Add(Host(token.Text));
                    break;
                case TokenKind.Number:
                    Numbers.Add(token.Text);
                    Words.Add(new ViewWord(token.Text, token.Text, TokenKind.Number, clauseStart));
                    segmentStart = false;
                    break;
            }
        }
    }

    /// <summary>
    /// An elongated word ("mantaaap", "maaaaf") is read as the first of its squeezed forms the lexicon knows; a word
    /// the lexicon does not know is read without a clitic or possessive suffix when that makes it known
    /// ("gangguannya" → "gangguan", Javanese "layanane" → "layanan", Sundanese "pelayananana" → "pelayanan").
    /// </summary>
    private static string Form(Token token, SentimentLexicon lexicon)
    {
        if (lexicon.Knows(token.Text))
        {
            return token.Text;
        }

        if (token.Squeezed is null)
        {
            return WithoutSuffix(token.Text, lexicon) ?? token.Text;
        }

        if (lexicon.Knows(token.Squeezed))
        {
            return token.Squeezed;
        }

        var two = SqueezeToTwo(token.Text);
        return lexicon.Knows(two) ? two : token.Squeezed;
    }

    private static readonly string[] Suffixes = ["nya", "lah", "kah", "pun", "ku", "mu", "ne", "na", "e"];

    private static string? WithoutSuffix(string word, SentimentLexicon lexicon)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                if (lexicon.Knows(stem))
                {
                    return stem;
                }
            }
        }

        return null;
    }

    private static string SqueezeToTwo(string word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (i > 1 && word[i] == word[i - 1] && word[i] == word[i - 2])
            {
                continue;
            }

            buffer[length++] = word[i];
        }

        return new string(buffer[..length]);
    }

    private static bool HasBreak(string text, int from, int to)
    {
        if (from >= to || to > text.Length)
        {
            return false;
        }

        return text.AsSpan(from, to - from).IndexOfAny(Breaks) >= 0;
    }

    private static string Host(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start >= 0 ? url.AsSpan(start + 3) : url.AsSpan();
        var end = rest.IndexOfAny('/', '?', '#');
        var host = end >= 0 ? rest[..end] : rest;
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..].ToString() : host.ToString();
    }

}
