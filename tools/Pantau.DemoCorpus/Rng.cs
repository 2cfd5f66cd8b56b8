namespace Pantau.DemoCorpus;

/// <summary>Thin deterministic wrapper around <see cref="Random"/> with the helpers the generator needs.</summary>
internal sealed class Rng(int seed)
{
    private readonly Random _r = new(seed);

    public double Next() => _r.NextDouble();

    public int Int(int minInclusive, int maxInclusive) => _r.Next(minInclusive, maxInclusive + 1);

    public bool Chance(double p) => _r.NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items)
    {
        if (items.Count == 0)
        {
            throw new InvalidOperationException("Pick from empty list");
        }

        return items[_r.Next(items.Count)];
    }

    public T PickOf<T>(params ReadOnlySpan<T> items)
    {
        if (items.Length == 0)
        {
            throw new InvalidOperationException("Pick from empty list");
        }

        return items[_r.Next(items.Length)];
    }

    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        double total = 0;
        foreach (var (_, w) in items)
        {
            total += w;
        }

        var x = _r.NextDouble() * total;
        foreach (var (item, w) in items)
        {
            x -= w;
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    public T WeightedBy<T>(IReadOnlyList<T> items, Func<T, double> weight)
    {
        double total = 0;
        foreach (var it in items)
        {
            total += weight(it);
        }

        var x = _r.NextDouble() * total;
        foreach (var it in items)
        {
            x -= weight(it);
            if (x < 0)
            {
                return it;
            }
        }

        return items[^1];
    }

    public double Normal()
    {
        // Box-Muller
        var u1 = 1.0 - _r.NextDouble();
        var u2 = _r.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double LogNormal(double mu, double sigma) => Math.Exp(mu + (sigma * Normal()));

    public double Exponential(double rate) => -Math.Log(1.0 - _r.NextDouble()) / rate;

    public string Digits(int n)
    {
        var c = new char[n];
        for (var i = 0; i < n; i++)
        {
            c[i] = (char)('0' + _r.Next(10));
        }

        return new string(c);
    }

    public string Code(int n, string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
    {
        var c = new char[n];
        for (var i = 0; i < n; i++)
        {
            c[i] = alphabet[_r.Next(alphabet.Length)];
        }

        return new string(c);
    }

    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = _r.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
