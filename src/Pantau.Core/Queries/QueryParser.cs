using System.Globalization;
using Pantau.Core.Posts;
using Pantau.Core.Text;

namespace Pantau.Core.Queries;

/// <summary>A query that parsed: its text and its tree.</summary>
public sealed record ParsedQuery(string Text, QueryNode Root);

/// <summary>Where a query stops making sense and why. <see cref="Column"/> is 1-based; <see cref="Length"/> is how much to underline.</summary>
public sealed record QueryError(int Column, int Length, string Reason)
{
    public string Message => $"{Reason}, column {Column.ToString(CultureInfo.InvariantCulture)}";
}

public sealed class QuerySyntaxException(QueryError error) : FormatException(error?.Message)
{
    public QueryError Error { get; } = error ?? throw new ArgumentNullException(nameof(error));
}

/// <summary>
/// Parses the listening query language (see docs/queries.md). Precedence: NEAR/ONEAR bind tightest (their sides
/// are terms, phrases or OR-groups), then NOT and '-', then AND (or juxtaposition), then OR. Operators are upper
/// case; "and", "or", "not" are words.
/// </summary>
public static class QueryParser
{
    public const int MaxLength = 2000;
    public const int MaxOperators = 300;

    public static IReadOnlyList<string> Fields { get; } = ["title", "author", "site", "url", "source", "lang", "country", "followers", "is"];

    public static IReadOnlyList<string> PostFlags { get; } = ["reply", "repost", "quote"];

    public static ParsedQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxLength)
        {
            throw Fail(MaxLength + 1, query.Length - MaxLength, string.Create(CultureInfo.InvariantCulture, $"The query is longer than {MaxLength:N0} characters"));
        }

        var parser = new Parser(QueryLexer.Read(query));
        var root = parser.ParseQuery();
        if (!HasPositive(root))
        {
            throw Fail(1, query.TrimEnd().Length, "The query only excludes (NOT or '-'), so it would match nearly everything; add words to look for");
        }

        if (NegativeBranch(root) is { } branch)
        {
            throw Fail(branch.Column, 1, "This alternative only excludes (NOT or '-'), so the OR around it would match nearly everything; add words to look for");
        }

        return new ParsedQuery(query, root);
    }

    public static bool TryParse(string query, out ParsedQuery? parsed, out QueryError? error)
    {
        try
        {
            parsed = Parse(query);
            error = null;
            return true;
        }
        catch (QuerySyntaxException e)
        {
            parsed = null;
            error = e.Error;
            return false;
        }
    }

    /// <summary>Whether a node must find something in the post: every OR branch needs a positive part, or the OR matches almost anything.</summary>
    private static bool HasPositive(QueryNode node) => node switch
    {
        NotNode => false,
        AndNode and => and.Children.Any(HasPositive),
        OrNode or => or.Children.All(HasPositive),
        TextFieldNode field => HasPositive(field.Inner),
        _ => true,
    };

    /// <summary>The first OR alternative anywhere in the tree that only excludes, or null.</summary>
    private static QueryNode? NegativeBranch(QueryNode node) => node switch
    {
        OrNode or => or.Children.FirstOrDefault(c => !HasPositive(c)) ?? or.Children.Select(NegativeBranch).FirstOrDefault(b => b is not null),
        AndNode and => and.Children.Select(NegativeBranch).FirstOrDefault(b => b is not null),
        NotNode not => NegativeBranch(not.Child),
        TextFieldNode field => NegativeBranch(field.Inner),
        _ => null,
    };

    internal static QuerySyntaxException Fail(int column, int length, string reason) =>
        new(new QueryError(column, Math.Max(1, length), reason));

    private sealed class Parser(IReadOnlyList<Lexeme> lexemes)
    {
        private int _position;
        private int _operators;

        private Lexeme Peek => lexemes[_position];

        public QueryNode ParseQuery()
        {
            if (Peek.Kind == LexemeKind.End)
            {
                throw Fail(1, 1, "The query is empty; write the words to listen for");
            }

            var node = ParseOr(inGroup: false);
            return Peek.Kind switch
            {
                LexemeKind.End => node,
                LexemeKind.RightParen => throw Fail(Peek.Column, 1, "This ')' has no matching '('"),
                _ => throw Fail(Peek.Column, Peek.Length, $"Unexpected '{Peek.Text}'"),
            };
        }

        private Lexeme Take() => lexemes[_position++];

        private void CountOperator(Lexeme at)
        {
            if (++_operators > MaxOperators)
            {
                throw Fail(at.Column, at.Length, $"The query has more than {MaxOperators} operators; split it into several topics");
            }
        }

        private QueryNode ParseOr(bool inGroup)
        {
            var first = ParseAnd(inGroup);
            if (Peek.Kind != LexemeKind.Or)
            {
                return first;
            }

            var children = new List<QueryNode> { first };
            while (Peek.Kind == LexemeKind.Or)
            {
                var op = Take();
                CountOperator(op);
                RequireOperand(op, "OR");
                children.Add(ParseAnd(inGroup));
            }

            return new OrNode(children, first.Column);
        }

        private QueryNode ParseAnd(bool inGroup)
        {
            if (Peek.Kind is LexemeKind.And or LexemeKind.Or or LexemeKind.Near)
            {
                throw Fail(Peek.Column, Peek.Length, $"{Peek.Text} needs something on its left");
            }

            var first = ParseUnary();
            var children = new List<QueryNode> { first };
            while (true)
            {
                if (Peek.Kind == LexemeKind.And)
                {
                    var op = Take();
                    CountOperator(op);
                    RequireOperand(op, "AND");
                }
                else if (StartsOperand(Peek.Kind))
                {
                    CountOperator(Peek);
                }
                else
                {
                    break;
                }

                children.Add(ParseUnary());
            }

            if (Peek.Kind == LexemeKind.RightParen && !inGroup)
            {
                throw Fail(Peek.Column, 1, "This ')' has no matching '('");
            }

            return children.Count == 1 ? first : new AndNode(children, first.Column);
        }

        private QueryNode ParseUnary()
        {
            if (Peek.Kind is LexemeKind.Not or LexemeKind.Minus)
            {
                var op = Take();
                CountOperator(op);
                RequireOperand(op, op.Kind == LexemeKind.Not ? "NOT" : "'-'");
                var child = op.Kind == LexemeKind.Not ? ParseUnary() : ParseNear();
                return new NotNode(child, op.Column);
            }

            return ParseNear();
        }

        private QueryNode ParseNear()
        {
            var left = ParsePrimary();
            while (Peek.Kind == LexemeKind.Near)
            {
                var op = Take();
                CountOperator(op);
                RequireOperand(op, op.Text);
                var right = ParsePrimary();
                if (left is NearNode)
                {
                    throw Fail(op.Column, op.Length, $"{op.Text} cannot follow another proximity operator; write each as its own condition joined by AND");
                }

                CheckProximityOperand(left, op);
                CheckProximityOperand(right, op);
                left = new NearNode(left, right, op.Number, op.Ordered, left.Column);
            }

            return left;
        }

        private static void CheckProximityOperand(QueryNode node, Lexeme op)
        {
            var valid = node switch
            {
                TermNode or PhraseNode => true,
                OrNode or => or.Children.All(c => c is TermNode or PhraseNode),
                _ => false,
            };
            if (!valid)
            {
                throw Fail(node.Column, 1, $"Each side of {op.Text} must be a term, a phrase or a group of alternatives joined by OR");
            }
        }

        private QueryNode ParsePrimary()
        {
            var lexeme = Take();
            switch (lexeme.Kind)
            {
                case LexemeKind.LeftParen:
                    if (Peek.Kind == LexemeKind.RightParen)
                    {
                        throw Fail(lexeme.Column, Peek.Column - lexeme.Column + 1, "Empty group: write something between the parentheses");
                    }

                    var inner = ParseOr(inGroup: true);
                    if (Peek.Kind != LexemeKind.RightParen)
                    {
                        throw Fail(lexeme.Column, 1, "This '(' is never closed; add ')'");
                    }

                    Take();
                    return inner;
                case LexemeKind.Word:
                    return Terms.FromWord(lexeme.Text, lexeme.Column, exactCase: false);
                case LexemeKind.Exact:
                    return Terms.FromWord(lexeme.Text, lexeme.Column, exactCase: true);
                case LexemeKind.Phrase:
                    return Terms.FromPhrase(lexeme.Text, lexeme.Number, lexeme.Column);
                case LexemeKind.Field:
                    return ParseField(lexeme);
                case LexemeKind.RightParen:
                    throw Fail(lexeme.Column, 1, "This ')' has no matching '('");
                case LexemeKind.Range:
                    throw Fail(lexeme.Column, lexeme.Length, "A range belongs after followers:, as in followers:[1000 TO *]");
                case LexemeKind.End:
                    throw Fail(lexeme.Column, 1, "Expected a word, phrase or group here");
                default:
                    throw Fail(lexeme.Column, lexeme.Length, $"Expected a word, phrase or group before {lexeme.Text}");
            }
        }

        private QueryNode ParseField(Lexeme field)
        {
            var name = field.Text;
            if (Peek.Kind is LexemeKind.End or LexemeKind.RightParen or LexemeKind.And or LexemeKind.Or or LexemeKind.Near
                || (Peek.Column > field.Column + field.Length && Peek.Kind != LexemeKind.End))
            {
                throw Fail(field.Column, field.Length, $"{name}: needs a value right after it, as in {Example(name)}");
            }

            switch (name)
            {
                case "title":
                case "author":
                    var inner = Peek.Kind == LexemeKind.Minus ? ParseUnary() : ParsePrimary(); // title:-promo: NOT within the title
                    if (ContainsField(inner))
                    {
                        throw Fail(inner.Column, 1, "Fields cannot be nested");
                    }

                    return new TextFieldNode(name == "title" ? TextField.Title : TextField.Author, inner, field.Column);
                case "followers":
                    var range = Take();
                    if (range.Kind != LexemeKind.Range)
                    {
                        throw Fail(range.Column, range.Length, "followers: needs a range such as [1000 TO *]");
                    }

                    return ParseFollowers(range, field.Column);
                default:
                    return ParseValues(name, field.Column);
            }
        }

        private QueryNode ParseValues(string name, int column)
        {
            if (Peek.Kind != LexemeKind.LeftParen)
            {
                return Value(name, Take(), column);
            }

            var open = Take();
            var values = new List<QueryNode> { Value(name, Take(), column) };
            while (Peek.Kind == LexemeKind.Or)
            {
                CountOperator(Take());
                values.Add(Value(name, Take(), column));
            }

            if (Peek.Kind != LexemeKind.RightParen)
            {
                throw Peek.Kind == LexemeKind.End
                    ? Fail(open.Column, 1, "This '(' is never closed; add ')'")
                    : Fail(Peek.Column, Peek.Length, $"Values of {name}: can only be joined by OR");
            }

            Take();
            return values.Count == 1 ? values[0] : new OrNode(values, values[0].Column);
        }

        private static ValueNode Value(string name, Lexeme lexeme, int fieldColumn)
        {
            if (lexeme.Kind is not (LexemeKind.Word or LexemeKind.Phrase))
            {
                throw Fail(lexeme.Column, lexeme.Length, $"{name}: needs a value, as in {Example(name)}");
            }

            var value = TextNormaliser.Fold(lexeme.Text).Trim();
            var (field, valid) = name switch
            {
                "site" => (ValueField.Site, IsDomain(value.TrimStart('.'))),
                "url" => (ValueField.Url, value.Length > 0),
                "source" => (ValueField.Source, SourceKinds.All.Contains(value)),
                "lang" => (ValueField.Language, value.Length == 2 && value.All(char.IsAsciiLetterLower)),
                "country" => (ValueField.Country, value.Length == 2 && value.All(char.IsAsciiLetterLower)),
                _ => (ValueField.Is, PostFlags.Contains(value)),
            };
            if (!valid)
            {
                throw Fail(lexeme.Column, lexeme.Length, name switch
                {
                    "site" => $"site: needs a domain such as detik.com, not '{lexeme.Text}'",
                    "url" => "url: needs part of an address",
                    "source" => $"Unknown source '{lexeme.Text}'; sources are {string.Join(", ", SourceKinds.All)}",
                    "lang" => $"lang: needs a two-letter ISO 639-1 code such as id, en or jv, not '{lexeme.Text}'",
                    "country" => $"country: needs a two-letter ISO 3166 code such as id or my, not '{lexeme.Text}'",
                    _ => $"is: can be {string.Join(", ", PostFlags)}, not '{lexeme.Text}'",
                });
            }

            return new ValueNode(field, field == ValueField.Site ? value.TrimStart('.') : value, fieldColumn);
        }

        private static FollowersNode ParseFollowers(Lexeme range, int column)
        {
            var parts = range.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3 || parts[1] != "TO" || !Bound(parts[0], out var min) || !Bound(parts[2], out var max) || (min > max && max is not null))
            {
                throw Fail(range.Column, range.Length, "followers: needs a range such as [1000 TO *] or [100 TO 5000], lowest first");
            }

            return new FollowersNode(min, max, column);

            static bool Bound(string text, out long? value)
            {
                value = null;
                if (text == "*")
                {
                    return true;
                }

                var ok = long.TryParse(text.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",", string.Empty, StringComparison.Ordinal),
                    NumberStyles.None, CultureInfo.InvariantCulture, out var parsed);
                value = parsed;
                return ok;
            }
        }

        private static bool IsDomain(string value) =>
            value.Length is > 2 and < 254 && value.Contains('.', StringComparison.Ordinal)
            && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '-') && !value.EndsWith('.');

        private static bool ContainsField(QueryNode node) => node switch
        {
            TextFieldNode or ValueNode or FollowersNode => true,
            AndNode and => and.Children.Any(ContainsField),
            OrNode or => or.Children.Any(ContainsField),
            NotNode not => ContainsField(not.Child),
            NearNode near => ContainsField(near.Left) || ContainsField(near.Right),
            _ => false,
        };

        private static string Example(string field) => field switch
        {
            "title" => "title:promo or title:(promo OR diskon)",
            "author" => "author:budi",
            "site" => "site:detik.com",
            "url" => "url:kompas.com/read",
            "source" => "source:x",
            "lang" => "lang:id",
            "country" => "country:id",
            "followers" => "followers:[1000 TO *]",
            _ => "is:reply",
        };

        private void RequireOperand(Lexeme op, string name)
        {
            if (!StartsOperand(Peek.Kind))
            {
                throw Fail(op.Column, op.Length, $"{name} needs something on its right");
            }
        }

        private static bool StartsOperand(LexemeKind kind) =>
            kind is LexemeKind.Word or LexemeKind.Phrase or LexemeKind.Exact or LexemeKind.LeftParen
                or LexemeKind.Not or LexemeKind.Minus or LexemeKind.Field;
    }
}
