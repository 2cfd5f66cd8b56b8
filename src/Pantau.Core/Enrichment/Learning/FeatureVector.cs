namespace Pantau.Core.Enrichment.Learning;

/// <summary>A sparse feature vector: bucket indices and values, reused between texts to avoid allocation.</summary>
public sealed class FeatureVector
{
    private int[] _indices = new int[64];
    private float[] _values = new float[64];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, Count);

    public ReadOnlySpan<float> Values => _values.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Add(int index, float value = 1f)
    {
        if (Count == _indices.Length)
        {
            Array.Resize(ref _indices, Count * 2);
            Array.Resize(ref _values, Count * 2);
        }

        _indices[Count] = index;
        _values[Count] = value;
        Count++;
    }

    /// <summary>Adds a named numeric feature ("urls", "p-"); zero values are left out, as a sparse vector does.</summary>
    public void AddDense(string name, float value, int bits)
    {
        if (value != 0)
        {
            Add(FeatureHash.Of('d', name, bits), value);
        }
    }

    /// <summary>A compact copy for a training set.</summary>
    public SparseExample ToExample(int label, float weight) => new(Indices.ToArray(), Values.ToArray(), label, weight);
}

/// <summary>One training example: its features, its class and how much it counts.</summary>
public sealed record SparseExample(int[] Indices, float[] Values, int Label, float Weight);
