namespace Pantau.Core.Enrichment.Learning;

/// <summary>
/// A stable 32-bit hash of a feature name built piece by piece, so features such as "negated word" or
/// "bigram" are hashed without building their strings. Stable across processes and platforms (unlike
/// <see cref="string.GetHashCode()"/>), because trained weights are stored by hash bucket.
/// </summary>
public struct FeatureHash
{
    private const uint Prime = 16777619;
    private uint _value;

    public FeatureHash(char kind)
    {
        _value = 2166136261;
        Add(kind);
    }

    public void Add(char c)
    {
        _value = (_value ^ (uint)(c & 0xFF)) * Prime;
        _value = (_value ^ (uint)(c >> 8)) * Prime;
    }

    public void Add(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            Add(c);
        }
    }

    /// <summary>The bucket for a table of 2^bits entries, after a final mix so that nearby names spread out.</summary>
    public readonly int Bucket(int bits)
    {
        var h = _value;
        h ^= h >> 16;
        h *= 0x85EBCA6B;
        h ^= h >> 13;
        h *= 0xC2B2AE35;
        h ^= h >> 16;
        return (int)(h & ((1u << bits) - 1));
    }

    public static int Of(char kind, ReadOnlySpan<char> text, int bits)
    {
        var hash = new FeatureHash(kind);
        hash.Add(text);
        return hash.Bucket(bits);
    }
}
