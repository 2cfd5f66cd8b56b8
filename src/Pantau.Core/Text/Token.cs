namespace Pantau.Core.Text;

public enum TokenKind
{
    Word,
    Number,
    Hashtag,
    Mention,
    Url,
    Emoji,
}

/// <summary>
/// One token of a text. <see cref="Text"/> is the folded, lower-case form (without the leading '#' or '@');
/// <see cref="Start"/> and <see cref="Length"/> locate it in the text it was read from, for highlighting.
/// </summary>
public readonly record struct Token(string Text, TokenKind Kind, int Start = 0, int Length = 0)
{
    /// <summary>The folded form with its case kept, when it differs from <see cref="Text"/>; for exact-case terms.</summary>
    public string? Cased { get; init; }

    /// <summary>
    /// For an elongated word (a letter written three or more times in a row, as in "lemooot"), the word with
    /// every repeated letter written once ("lemot"); null otherwise.
    /// </summary>
    public string? Squeezed { get; init; }

    public string CasedText => Cased ?? Text;
}
