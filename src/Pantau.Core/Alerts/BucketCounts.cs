namespace Pantau.Core.Alerts;

/// <summary>
/// Counts of one series in consecutive equal buckets: <c>Counts[i]</c> covers [Start + i·Bucket, Start + (i+1)·Bucket).
/// Buckets with no mentions are zeros, not gaps; time before <see cref="Start"/> or from <see cref="End"/> is unknown.
/// </summary>
public sealed record BucketCounts(DateTimeOffset Start, TimeSpan Bucket, IReadOnlyList<int> Counts)
{
    public static BucketCounts Hourly(DateTimeOffset start, IReadOnlyList<int> counts) => new(start, TimeSpan.FromHours(1), counts);

    public static BucketCounts PerMinute(DateTimeOffset start, IReadOnlyList<int> counts) => new(start, TimeSpan.FromMinutes(1), counts);

    public DateTimeOffset End => Start + (Bucket * Counts.Count);

    /// <summary>The bucket that contains the instant (possibly outside the counts: negative or ≥ Count).</summary>
    public long IndexOf(DateTimeOffset at) => (long)Math.Floor((at - Start) / Bucket);

    /// <summary>The count of the bucket containing the instant, or null when that bucket is not known.</summary>
    public int? CountAt(DateTimeOffset at)
    {
        var index = IndexOf(at);
        return index >= 0 && index < Counts.Count ? Counts[(int)index] : null;
    }

    /// <summary>The total of the whole buckets in [from, to), or null when any of them is not known.</summary>
    public long? Sum(DateTimeOffset from, DateTimeOffset to)
    {
        var first = (long)Math.Ceiling((from - Start) / Bucket);
        var last = IndexOf(to) - 1;
        if (first < 0 || last >= Counts.Count)
        {
            return null;
        }

        long sum = 0;
        if (Counts is int[] array)
        {
            // The level factor sums five weeks of hours per estimate; a span loop over an array is several times faster.
            foreach (var count in array.AsSpan((int)first, (int)(last - first + 1)))
            {
                sum += count;
            }

            return sum;
        }

        for (var i = first; i <= last; i++)
        {
            sum += Counts[(int)i];
        }

        return sum;
    }
}
