namespace Pantau.Core.Text;

public enum TokenKind
{
    Word,
    Hashtag,
    Mention,
}

/// <summary>A normalised token. <see cref="Text"/> holds the folded form without the leading '#' or '@'.</summary>
public readonly record struct Token(string Text, TokenKind Kind);
