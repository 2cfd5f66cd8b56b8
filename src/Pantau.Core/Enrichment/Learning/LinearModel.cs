namespace Pantau.Core.Enrichment.Learning;

/// <summary>
/// A multinomial logistic regression over hashed features: one weight per (bucket, class), laid out bucket by
/// bucket so one feature's weights for all classes share a cache line.
/// </summary>
public sealed class LinearModel
{
    public LinearModel(IReadOnlyList<string> classes, int bits, float[] weights, float[] bias)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (bits is < 4 or > 24 || weights.Length != classes.Count << bits || bias.Length != classes.Count)
        {
            throw new ArgumentException("Weights do not fit the classes and bucket count.", nameof(weights));
        }

        Classes = classes;
        Bits = bits;
        Weights = weights;
        Bias = bias;
    }

    public IReadOnlyList<string> Classes { get; }

    public int Bits { get; }

    internal float[] Weights { get; }

    internal float[] Bias { get; }

    /// <summary>Class probabilities (softmax of the linear scores) written into <paramref name="probabilities"/>.</summary>
    public void Predict(FeatureVector features, Span<float> probabilities)
    {
        ArgumentNullException.ThrowIfNull(features);
        var classes = Classes.Count;
        Bias.CopyTo(probabilities);
        var indices = features.Indices;
        var values = features.Values;
        var weights = Weights.AsSpan();
        for (var i = 0; i < indices.Length; i++)
        {
            var row = weights.Slice(indices[i] * classes, classes);
            var v = values[i];
            for (var c = 0; c < classes; c++)
            {
                probabilities[c] += row[c] * v;
            }
        }

        Softmax(probabilities[..classes]);
    }

    /// <summary>The most probable class of <see cref="Predict"/>'s output.</summary>
    public static int Best(ReadOnlySpan<float> probabilities)
    {
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            best = probabilities[c] > probabilities[best] ? c : best;
        }

        return best;
    }

    /// <summary>How much one feature pushes towards <paramref name="target"/> against the other classes.</summary>
    public float Contribution(int index, float value, int target)
    {
        var classes = Classes.Count;
        var row = Weights.AsSpan(index * classes, classes);
        float others = 0;
        for (var c = 0; c < classes; c++)
        {
            others += c == target ? 0 : row[c];
        }

        return value * (row[target] - (others / (classes - 1)));
    }

    internal static void Softmax(Span<float> scores)
    {
        var max = float.MinValue;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        float sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }
}
