namespace Pantau.Core.Enrichment.Learning;

/// <summary>Per-class precision, recall and F1.</summary>
public sealed record ClassScore(string Label, int Support, double Precision, double Recall, double F1);

/// <summary>Accuracy, macro-F1 (the unweighted mean of the classes' F1) and per-class scores of a set of predictions.</summary>
public sealed record ClassificationScores(int Count, double Accuracy, double MacroF1, IReadOnlyList<ClassScore> Classes)
{
    /// <summary>Scores <paramref name="pairs"/> (gold, predicted) over the classes that occur in the gold labels.</summary>
    public static ClassificationScores Of(IEnumerable<(string Gold, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        var labels = list.Select(p => p.Gold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var classes = labels.Select(label =>
        {
            var tp = list.Count(p => p.Gold == label && p.Predicted == label);
            var predicted = list.Count(p => p.Predicted == label);
            var support = list.Count(p => p.Gold == label);
            var precision = predicted == 0 ? 0 : (double)tp / predicted;
            var recall = support == 0 ? 0 : (double)tp / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            return new ClassScore(label, support, precision, recall, f1);
        }).ToList();
        var accuracy = list.Count == 0 ? 0 : (double)list.Count(p => p.Gold == p.Predicted) / list.Count;
        return new ClassificationScores(list.Count, accuracy, classes.Count == 0 ? 0 : classes.Average(c => c.F1), classes);
    }
}
