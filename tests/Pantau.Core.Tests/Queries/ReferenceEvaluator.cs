using Pantau.Core.Posts;
using Pantau.Core.Queries;
using Pantau.Core.Text;

namespace Pantau.Core.Tests.Queries;

/// <summary>
/// A deliberately plain evaluator of the query language, written from the specification and not from the matcher:
/// it walks the tree over the post's token lists directly, with no index, position numbering or pre-filter.
/// Only <see cref="TermPattern.Matches"/> (what a term matches in one token) and <see cref="PostValues"/>
/// (metadata fields) are shared with the product. For tests only.
/// </summary>
internal sealed class ReferenceEvaluator
{
    private readonly RawPost _raw;
    private readonly Token[][] _default; // the text and the title, each on its own: phrases and NEAR never span the two
    private readonly Token[][] _title;
    private readonly Token[][] _author;

    /// <summary>Reads the post's raw text, title and author again, with the one tokeniser.</summary>
    public ReferenceEvaluator(NormalisedPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _raw = post.Raw;
        var text = TextNormaliser.Tokenise(post.Raw.Text).ToArray();
        var title = post.Raw.Title is null ? [] : TextNormaliser.Tokenise(post.Raw.Title).ToArray();
        _default = [text, title];
        _title = [title];
        _author = [AuthorTokens(post.Raw.Author).ToArray()];
    }

    /// <summary>The author field: "@handle" (the '@' added when missing) followed by the display name's tokens.</summary>
    public static List<Token> AuthorTokens(PostAuthor author)
    {
        var handle = author.Handle.StartsWith('@') ? author.Handle : "@" + author.Handle;
        var tokens = TextNormaliser.Tokenise(handle);
        if (author.DisplayName is not null)
        {
            tokens.AddRange(TextNormaliser.Tokenise(author.DisplayName));
        }

        return tokens;
    }

    public bool Matches(QueryNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Evaluate(root, _default);
    }

    private bool Evaluate(QueryNode node, Token[][] lists)
    {
        switch (node)
        {
            case TermNode or PhraseNode:
                foreach (var list in lists)
                {
                    if (Spans(node, list).Count > 0)
                    {
                        return true;
                    }
                }

                return false;
            case AndNode and:
                foreach (var child in and.Children)
                {
                    if (!Evaluate(child, lists))
                    {
                        return false;
                    }
                }

                return true;
            case OrNode or:
                foreach (var child in or.Children)
                {
                    if (Evaluate(child, lists))
                    {
                        return true;
                    }
                }

                return false;
            case NotNode not:
                return !Evaluate(not.Child, lists);
            case NearNode near:
                foreach (var list in lists)
                {
                    if (Near(near, list))
                    {
                        return true;
                    }
                }

                return false;
            case TextFieldNode field:
                // Fields are not nested, so the inner query reads only this field whatever the outer scope.
                return Evaluate(field.Inner, field.Field == TextField.Title ? _title : _author);
            case ValueNode value:
                return PostValues.Matches(value, _raw);
            case FollowersNode followers:
                return PostValues.Matches(followers, _raw);
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown node");
        }
    }

    /// <summary>
    /// Every place a term, phrase or OR of those occurs in one list, as (first, last) token indexes. A phrase
    /// without slop occurs where its words stand one after the other; with slop n, wherever each of its words
    /// has its own index, in any order, with last − first ≤ words − 1 + n.
    /// </summary>
    private static List<(int First, int Last)> Spans(QueryNode node, Token[] list)
    {
        var spans = new List<(int, int)>();
        switch (node)
        {
            case TermNode term:
                for (var i = 0; i < list.Length; i++)
                {
                    if (term.Term.Matches(list[i]))
                    {
                        spans.Add((i, i));
                    }
                }

                break;
            case PhraseNode { Slop: 0 } phrase:
                for (var i = 0; i + phrase.Words.Count <= list.Length; i++)
                {
                    var all = true;
                    for (var k = 0; k < phrase.Words.Count && all; k++)
                    {
                        all = phrase.Words[k].Matches(list[i + k]);
                    }

                    if (all)
                    {
                        spans.Add((i, i + phrase.Words.Count - 1));
                    }
                }

                break;
            case PhraseNode phrase:
                Assign(phrase, list, new int[phrase.Words.Count], 0, spans);
                break;
            case OrNode or:
                foreach (var child in or.Children)
                {
                    spans.AddRange(Spans(child, list));
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Not a side of NEAR");
        }

        return spans;
    }

    /// <summary>Tries every assignment of the phrase's words to distinct tokens they match and keeps those narrow enough.</summary>
    private static void Assign(PhraseNode phrase, Token[] list, int[] chosen, int word, List<(int, int)> spans)
    {
        var width = phrase.Words.Count - 1 + phrase.Slop;
        if (word == phrase.Words.Count)
        {
            var first = chosen.Min();
            var last = chosen.Max();
            if (last - first <= width && !spans.Contains((first, last)))
            {
                spans.Add((first, last));
            }

            return;
        }

        for (var i = 0; i < list.Length; i++)
        {
            // Skipping positions already too far from those chosen only saves time; the result is the same.
            if (!phrase.Words[word].Matches(list[i]) || Conflicts(chosen.AsSpan(0, word), i, width))
            {
                continue;
            }

            chosen[word] = i;
            Assign(phrase, list, chosen, word + 1, spans);
        }
    }

    private static bool Conflicts(ReadOnlySpan<int> chosen, int position, int width)
    {
        foreach (var p in chosen)
        {
            if (p == position || Math.Abs(p - position) > width)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An occurrence of each side, not overlapping, with at most Distance tokens strictly between; ONEAR wants left first.</summary>
    private static bool Near(NearNode near, Token[] list)
    {
        var lefts = Spans(near.Left, list);
        if (lefts.Count == 0)
        {
            return false;
        }

        foreach (var (rightFirst, rightLast) in Spans(near.Right, list))
        {
            foreach (var (leftFirst, leftLast) in lefts)
            {
                var leftBefore = leftLast < rightFirst && rightFirst - leftLast - 1 <= near.Distance;
                var rightBefore = rightLast < leftFirst && leftFirst - rightLast - 1 <= near.Distance;
                if (leftBefore || (!near.Ordered && rightBefore))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
