namespace Pantau.Connectors.Runtime;

/// <summary>Exponential backoff with jitter that never gives up: it only slows down to <see cref="Cap"/>.</summary>
public static class RetryBackoff
{
    public static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(15);

    /// <param name="failures">Consecutive failures so far, 1 for the first.</param>
    /// <param name="jitter">A number in [0, 1), so that many failing sources do not retry in step.</param>
    public static TimeSpan Delay(int failures, double jitter)
    {
        var exponent = Math.Clamp(failures - 1, 0, 20);
        var ceiling = Math.Min(Cap.TotalMilliseconds, Base.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1))));
    }
}
