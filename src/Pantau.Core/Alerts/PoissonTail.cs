namespace Pantau.Core.Alerts;

/// <summary>How surprising a count is under a Poisson rate, computed in logarithms so tiny tails neither underflow nor cancel.</summary>
public static class PoissonTail
{
    private static readonly double[] SmallLogFactorials = BuildLogFactorials(256);

    /// <summary>ln P(X ≥ k) for X ~ Poisson(λ).</summary>
    public static double LogUpperTail(int k, double lambda)
    {
        if (k <= 0)
        {
            return 0;
        }

        if (lambda <= 0)
        {
            return double.NegativeInfinity;
        }

        if (k > lambda)
        {
            // P(X ≥ k) = pmf(k) · Σₙ λⁿ k!/(k+n)!: the terms shrink geometrically once n passes k - λ.
            double term = 1, sum = 1;
            for (var n = 1; n < 100_000 && term > sum * 1e-16; n++)
            {
                term *= lambda / (k + n);
                sum += term;
            }

            return LogPmf(k, lambda) + Math.Log(sum);
        }

        // Here the tail is about one half or more, so 1 - P(X < k) loses nothing; sum P(X < k) downwards from its largest term.
        double below = 1, step = 1;
        for (var j = k - 1; j > 0 && step > below * 1e-16; j--)
        {
            step *= j / lambda;
            below += step;
        }

        var lower = Math.Exp(LogPmf(k - 1, lambda) + Math.Log(below));
        return Math.Log(Math.Max(1 - lower, double.Epsilon));
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(λ); 0 when it is below the smallest double.</summary>
    public static double UpperTail(int k, double lambda) => Math.Exp(LogUpperTail(k, lambda));

    private static double LogPmf(int k, double lambda) => (k * Math.Log(lambda)) - lambda - LogFactorial(k);

    private static double LogFactorial(int n)
    {
        if (n < SmallLogFactorials.Length)
        {
            return SmallLogFactorials[n];
        }

        // Stirling's series; at n ≥ 256 the next term is below 1e-17.
        double x = n;
        return (x * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI * x)) + (1 / (12 * x)) - (1 / (360 * x * x * x));
    }

    private static double[] BuildLogFactorials(int count)
    {
        var table = new double[count];
        for (var i = 2; i < count; i++)
        {
            table[i] = table[i - 1] + Math.Log(i);
        }

        return table;
    }
}
