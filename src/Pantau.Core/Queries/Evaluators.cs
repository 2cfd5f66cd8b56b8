using Pantau.Core.Posts;

namespace Pantau.Core.Queries;

/// <summary>A compiled query node, evaluated against the term positions of one post.</summary>
internal abstract class Evaluator
{
    public abstract bool Matches(MatchScratch scratch, View view);

    /// <summary>Adds the positions that made this node match (never those under NOT), for highlighting.</summary>
    public virtual void CollectHighlights(MatchScratch scratch, View view, List<int> positions)
    {
    }
}

/// <summary>A node that can be a side of NEAR: it reports where it occurs.</summary>
internal abstract class SpanEvaluator : Evaluator
{
    public abstract void Occurrences(MatchScratch scratch, View view, List<Occurrence> into);

    /// <summary>The occurrences to highlight; by default all of them.</summary>
    protected virtual void HighlightedOccurrences(MatchScratch scratch, View view, List<Occurrence> into) => Occurrences(scratch, view, into);

    public override void CollectHighlights(MatchScratch scratch, View view, List<int> positions)
    {
        var occurrences = scratch.RentOccurrences();
        try
        {
            HighlightedOccurrences(scratch, view, occurrences);
            foreach (var o in occurrences)
            {
                for (var p = o.First; p <= o.Last; p++)
                {
                    positions.Add(p);
                }
            }
        }
        finally
        {
            scratch.ReturnOccurrences();
        }
    }
}

internal sealed class TermEvaluator(int term) : SpanEvaluator
{
    public int Term { get; } = term;

    public override bool Matches(MatchScratch scratch, View view) => scratch.Positions(Term, view).Length > 0;

    public override void Occurrences(MatchScratch scratch, View view, List<Occurrence> into)
    {
        foreach (var p in scratch.Positions(Term, view))
        {
            into.Add(new Occurrence(p, p));
        }
    }
}

internal sealed class PhraseEvaluator(int[] terms, int slop) : SpanEvaluator
{
    public IReadOnlyList<int> Terms => terms;

    public override bool Matches(MatchScratch scratch, View view)
    {
        foreach (var term in terms)
        {
            if (!scratch.Occurs(term))
            {
                return false;
            }
        }

        var occurrences = scratch.RentOccurrences();
        try
        {
            Occurrences(scratch, view, occurrences, firstOnly: true);
            return occurrences.Count > 0;
        }
        finally
        {
            scratch.ReturnOccurrences();
        }
    }

    public override void Occurrences(MatchScratch scratch, View view, List<Occurrence> into) => Occurrences(scratch, view, into, firstOnly: false);

    /// <summary>Highlights the shortest occurrence from each first word, not the longer ones NEAR also needs.</summary>
    protected override void HighlightedOccurrences(MatchScratch scratch, View view, List<Occurrence> into) =>
        Occurrences(scratch, view, into, firstOnly: false, bothEnds: false);

    private void Occurrences(MatchScratch scratch, View view, List<Occurrence> into, bool firstOnly, bool bothEnds = true)
    {
        if (slop == 0)
        {
            foreach (var p in scratch.Positions(terms[0], view))
            {
                var all = true;
                for (var k = 1; k < terms.Length && all; k++)
                {
                    all = p + k < view.To && scratch.Contains(terms[k], p + k);
                }

                if (all)
                {
                    into.Add(new Occurrence(p, p + terms.Length - 1));
                    if (firstOnly)
                    {
                        return;
                    }
                }
            }

            return;
        }

        // Any order, at most `slop` other words inside. NEAR measures from the left side's last word to the
        // right side's first and the other way round, so both ends count: for each possible first position the
        // nearest last one, and for each possible last position the nearest first one.
        var window = terms.Length - 1 + slop;
        var own = into.Count; // an OR may have put its other alternatives' occurrences in the list already
        Span<int> chosen = stackalloc int[terms.Length];
        foreach (var term in terms)
        {
            foreach (var first in scratch.Positions(term, view))
            {
                var last = BestLast(scratch, first, Math.Min(view.To - 1, first + window), chosen, 0, int.MaxValue);
                if (last != int.MaxValue && !Contains(into, own, first, null))
                {
                    into.Add(new Occurrence(first, last));
                    if (firstOnly)
                    {
                        return;
                    }
                }
            }
        }

        if (firstOnly || !bothEnds)
        {
            return; // every occurrence has a first position, so none was missed above
        }

        foreach (var term in terms)
        {
            foreach (var last in scratch.Positions(term, view))
            {
                var first = BestFirst(scratch, last, Math.Max(view.From, last - window), chosen, 0, int.MinValue);
                if (first != int.MinValue && !Contains(into, own, first, last))
                {
                    into.Add(new Occurrence(first, last));
                }
            }
        }
    }

    private static bool Contains(List<Occurrence> list, int from, int first, int? last)
    {
        for (var i = from; i < list.Count; i++)
        {
            if (list[i].First == first && (last is null || list[i].Last == last))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first and last of the positions chosen for the phrase's words.</summary>
    private static (int Min, int Max) Extent(ReadOnlySpan<int> positions)
    {
        var min = int.MaxValue;
        var max = int.MinValue;
        foreach (var p in positions)
        {
            min = Math.Min(min, p);
            max = Math.Max(max, p);
        }

        return (min, max);
    }

    /// <summary>
    /// The mirror of <see cref="BestLast"/>: assigns each word a distinct position in [limit, last] with at least
    /// one word at <paramref name="last"/>; returns the largest possible first position, or int.MinValue.
    /// </summary>
    private int BestFirst(MatchScratch scratch, int last, int limit, Span<int> chosen, int word, int best)
    {
        if (word == terms.Length)
        {
            var (min, max) = Extent(chosen);
            return max == last ? Math.Max(best, min) : best;
        }

        foreach (var p in scratch.Positions(terms[word], new View(limit, last + 1)))
        {
            if (p <= best || chosen[..word].Contains(p))
            {
                continue;
            }

            chosen[word] = p;
            best = BestFirst(scratch, last, limit, chosen, word + 1, best);
        }

        return best;
    }

    /// <summary>
    /// Assigns each word a distinct position in [first, limit] with at least one word at <paramref name="first"/>;
    /// returns the smallest possible last position, or int.MaxValue when no assignment exists.
    /// </summary>
    private int BestLast(MatchScratch scratch, int first, int limit, Span<int> chosen, int word, int best)
    {
        if (word == terms.Length)
        {
            var (min, max) = Extent(chosen);
            return min == first ? Math.Min(best, max) : best;
        }

        foreach (var p in scratch.Positions(terms[word], new View(first, limit + 1)))
        {
            if (p >= best || chosen[..word].Contains(p))
            {
                continue;
            }

            chosen[word] = p;
            best = BestLast(scratch, first, limit, chosen, word + 1, best);
        }

        return best;
    }
}

internal sealed class AndEvaluator(Evaluator[] children) : Evaluator
{
    public IReadOnlyList<Evaluator> Children => children;

    public override bool Matches(MatchScratch scratch, View view)
    {
        foreach (var child in children)
        {
            if (!child.Matches(scratch, view))
            {
                return false;
            }
        }

        return true;
    }

    public override void CollectHighlights(MatchScratch scratch, View view, List<int> positions)
    {
        foreach (var child in children)
        {
            child.CollectHighlights(scratch, view, positions);
        }
    }
}

internal sealed class OrEvaluator(Evaluator[] children) : SpanEvaluator
{
    public IReadOnlyList<Evaluator> Children => children;

    public override bool Matches(MatchScratch scratch, View view)
    {
        foreach (var child in children)
        {
            if (child.Matches(scratch, view))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only valid when every child is a term or phrase (the parser checks NEAR operands).</summary>
    public override void Occurrences(MatchScratch scratch, View view, List<Occurrence> into)
    {
        foreach (var child in children)
        {
            ((SpanEvaluator)child).Occurrences(scratch, view, into);
        }
    }

    public override void CollectHighlights(MatchScratch scratch, View view, List<int> positions)
    {
        foreach (var child in children)
        {
            if (child.Matches(scratch, view))
            {
                child.CollectHighlights(scratch, view, positions);
            }
        }
    }
}

internal sealed class NotEvaluator(Evaluator child) : Evaluator
{
    public Evaluator Child => child;

    public override bool Matches(MatchScratch scratch, View view) => !child.Matches(scratch, view);
}

internal sealed class NearEvaluator(SpanEvaluator left, SpanEvaluator right, int distance, bool ordered) : Evaluator
{
    public SpanEvaluator Left => left;

    public SpanEvaluator Right => right;

    public override bool Matches(MatchScratch scratch, View view)
    {
        if (!left.Matches(scratch, view) || !right.Matches(scratch, view))
        {
            return false;
        }

        var lefts = scratch.RentOccurrences();
        var rights = scratch.RentOccurrences();
        try
        {
            left.Occurrences(scratch, view, lefts);
            right.Occurrences(scratch, view, rights);
            foreach (var a in lefts)
            {
                foreach (var b in rights)
                {
                    if (Near(a, b))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
        finally
        {
            scratch.ReturnOccurrences();
            scratch.ReturnOccurrences();
        }
    }

    private bool Near(Occurrence a, Occurrence b) =>
        (a.Last < b.First && b.First - a.Last - 1 <= distance)
        || (!ordered && b.Last < a.First && a.First - b.Last - 1 <= distance);

    public override void CollectHighlights(MatchScratch scratch, View view, List<int> positions)
    {
        left.CollectHighlights(scratch, view, positions);
        right.CollectHighlights(scratch, view, positions);
    }
}

internal sealed class FieldEvaluator(View field, Evaluator inner) : Evaluator
{
    public Evaluator Inner => inner;

    public override bool Matches(MatchScratch scratch, View view) => inner.Matches(scratch, field);

    public override void CollectHighlights(MatchScratch scratch, View view, List<int> positions) =>
        inner.CollectHighlights(scratch, field, positions);
}

/// <summary>A test on the post's metadata: site, url, source, language, country, reply or repost, followers.</summary>
internal sealed class PostEvaluator(Func<RawPost, bool> test) : Evaluator
{
    public override bool Matches(MatchScratch scratch, View view) => test(scratch.Post.Raw);
}
