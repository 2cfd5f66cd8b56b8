using System.Globalization;

namespace Pantau.Core.Queries;

internal enum LexemeKind
{
    Word,
    Phrase,
    Exact,
    Range,
    LeftParen,
    RightParen,
    And,
    Or,
    Not,
    Minus,
    Near,
    Field,
    End,
}

/// <summary>One lexical unit of a query. <see cref="Number"/> is the NEAR distance or phrase slop.</summary>
internal readonly record struct Lexeme(LexemeKind Kind, string Text, int Column, int Length, int Number = 0, bool Ordered = false);

/// <summary>Splits a query into lexemes, with 1-based columns for error messages.</summary>
internal static class QueryLexer
{
    public static List<Lexeme> Read(string query)
    {
        var lexemes = new List<Lexeme>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var column = i + 1;
            switch (c)
            {
                case '(':
                    lexemes.Add(new Lexeme(LexemeKind.LeftParen, "(", column, 1));
                    i++;
                    continue;
                case ')':
                    lexemes.Add(new Lexeme(LexemeKind.RightParen, ")", column, 1));
                    i++;
                    continue;
                case '"':
                    i = ReadPhrase(query, i, lexemes);
                    continue;
                case '{':
                    i = ReadEnclosed(query, i, '}', LexemeKind.Exact, "{", lexemes);
                    continue;
                case '[':
                    i = ReadEnclosed(query, i, ']', LexemeKind.Range, "[", lexemes);
                    continue;
                case '}' or ']':
                    throw QueryParser.Fail(column, 1, $"This '{c}' has no matching '{(c == '}' ? '{' : '[')}'");
                case '-' when i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]) && query[i + 1] != ')':
                    lexemes.Add(new Lexeme(LexemeKind.Minus, "-", column, 1));
                    i++;
                    continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] is not ('(' or ')' or '"' or '{' or '}' or '[' or ']'))
            {
                i++;
            }

            Classify(query[start..i], column, lexemes, i < query.Length ? query[i] : ' ');
        }

        lexemes.Add(new Lexeme(LexemeKind.End, string.Empty, query.Length + 1, 1));
        return lexemes;
    }

    private static void Classify(string word, int column, List<Lexeme> lexemes, char next)
    {
        switch (word)
        {
            case "AND":
                lexemes.Add(new Lexeme(LexemeKind.And, word, column, word.Length));
                return;
            case "OR":
                lexemes.Add(new Lexeme(LexemeKind.Or, word, column, word.Length));
                return;
            case "NOT":
                lexemes.Add(new Lexeme(LexemeKind.Not, word, column, word.Length));
                return;
            case "-":
                throw QueryParser.Fail(column, 1, "'-' must be written right before what it excludes, as in -promo");
        }

        if (word.StartsWith("NEAR", StringComparison.Ordinal) || word.StartsWith("ONEAR", StringComparison.Ordinal))
        {
            var ordered = word[0] == 'O';
            var name = ordered ? "ONEAR" : "NEAR";
            var rest = word.AsSpan(name.Length);
            if (rest.Length == 0 || rest[0] == '/')
            {
                if (rest.Length < 2 || !int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var distance) || distance > 100)
                {
                    throw QueryParser.Fail(column, word.Length, $"{name} needs a distance in words from 0 to 100, as in {name}/5");
                }

                lexemes.Add(new Lexeme(LexemeKind.Near, word, column, word.Length, distance, ordered));
                return;
            }
        }

        var colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && word[..colon].All(char.IsAsciiLetter) && !word.AsSpan(colon).StartsWith("://", StringComparison.Ordinal))
        {
            var name = word[..colon].ToLowerInvariant();
            if (!QueryParser.Fields.Contains(name))
            {
                throw QueryParser.Fail(column, colon + 1, $"Unknown field '{word[..(colon + 1)]}'; fields are {string.Join(", ", QueryParser.Fields.Select(f => f + ":"))}");
            }

            lexemes.Add(new Lexeme(LexemeKind.Field, name, column, colon + 1));
            if (colon + 1 < word.Length && word[colon + 1] == '-' && (colon + 2 < word.Length || next is '(' or '"' or '{'))
            {
                // title:-promo, title:-"…", title:-(…) exclude within the field; read as a word, "-promo" would look for promo.
                lexemes.Add(new Lexeme(LexemeKind.Minus, "-", column + colon + 1, 1));
                if (colon + 2 < word.Length)
                {
                    lexemes.Add(new Lexeme(LexemeKind.Word, word[(colon + 2)..], column + colon + 2, word.Length - colon - 2));
                }
            }
            else if (colon + 1 < word.Length)
            {
                lexemes.Add(new Lexeme(LexemeKind.Word, word[(colon + 1)..], column + colon + 1, word.Length - colon - 1));
            }

            return;
        }

        lexemes.Add(new Lexeme(LexemeKind.Word, word, column, word.Length));
    }

    private static int ReadPhrase(string query, int open, List<Lexeme> lexemes)
    {
        var close = query.IndexOf('"', open + 1);
        if (close < 0)
        {
            throw QueryParser.Fail(open + 1, query.Length - open, "This quote is never closed; add '\"' at the end of the phrase");
        }

        var end = close + 1;
        var slop = 0;
        if (end < query.Length && query[end] == '~')
        {
            var digits = end + 1;
            while (digits < query.Length && char.IsAsciiDigit(query[digits]))
            {
                digits++;
            }

            if (digits == end + 1 || !int.TryParse(query.AsSpan(end + 1, digits - end - 1), NumberStyles.None, CultureInfo.InvariantCulture, out slop) || slop > 100)
            {
                throw QueryParser.Fail(end + 1, Math.Max(1, digits - end), "'~' after a phrase needs a number of words from 0 to 100, as in \"sinyal lemot\"~3");
            }

            end = digits;
        }

        lexemes.Add(new Lexeme(LexemeKind.Phrase, query[(open + 1)..close], open + 1, end - open, slop));
        return end;
    }

    private static int ReadEnclosed(string query, int open, char closing, LexemeKind kind, string opening, List<Lexeme> lexemes)
    {
        var close = query.IndexOf(closing, open + 1);
        if (close < 0)
        {
            throw QueryParser.Fail(open + 1, query.Length - open, $"This '{opening}' is never closed; add '{closing}'");
        }

        lexemes.Add(new Lexeme(kind, query[(open + 1)..close], open + 1, close - open + 1));
        return close + 1;
    }
}
