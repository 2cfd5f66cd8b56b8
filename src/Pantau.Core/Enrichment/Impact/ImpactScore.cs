using Pantau.Core.Posts;

namespace Pantau.Core.Enrichment;

/// <summary>
/// The parts of an impact score, each in [0, 1], so that a screen can show why a post scored what it did.
/// </summary>
/// <param name="ReachFactor">R = min(1, log10(1 + reach) / 7): 10 million people or more is 1.</param>
/// <param name="EngagementFactor">E = min(1, log10(1 + w) / 5), w = likes + 2·shares + 1.5·replies: w of 100,000 or more is 1.</param>
/// <param name="VelocityFactor">V = min(1, log10(1 + w / h) / 3), h = hours since publication, at least 0.25: 1,000 weighted interactions an hour or more is 1.</param>
/// <param name="Negativity">N = max(0, −sentiment score): 0 for neutral or positive posts, 1 for the most negative.</param>
/// <param name="RiskFactor">K = 1 with a legal or safety signal, 0.7 with only a viral one, 0 without risk.</param>
/// <param name="Base">0.45·R + 0.35·E + 0.20·V: how far the post can travel.</param>
/// <param name="Score">100 · Base · (1 + 0.5·N + 0.5·K) / 2, rounded to one decimal.</param>
public sealed record ImpactBreakdown(
    double ReachFactor,
    double EngagementFactor,
    double VelocityFactor,
    double Negativity,
    double RiskFactor,
    double Base,
    double Score);

/// <summary>
/// How much a post matters to a brand, from 0 to 100: how far it can travel (reach, engagement and how fast the
/// engagement comes), weighted by how bad it is (negative sentiment, legal, safety or viral risk).
/// </summary>
/// <remarks>
/// <para>Score = 100 · B · M / 2, where the base B = 0.45·R + 0.35·E + 0.20·V and the multiplier
/// M = 1 + 0.5·N + 0.5·K, each part as described on <see cref="ImpactBreakdown"/>. B and M/2 are both in [0, 1],
/// so the score is in [0, 100]: a neutral post without risk scores at most 50; the same post at its most negative
/// with a legal threat scores twice that.</para>
/// <para>Reach, engagement and velocity are on logarithmic scales because audiences span eight orders of magnitude
/// and each tenfold step should count the same. Shares weigh double (they carry the post to new audiences) and
/// replies one and a half (a conversation is forming).</para>
/// <para>The score rises with reach, each kind of engagement, negativity and risk, and falls as the post gets older
/// with the same engagement. Counts below zero read as zero; a publication time in the future (clock skew) reads as
/// a quarter of an hour ago; a sentiment score that is not a number reads as neutral.</para>
/// </remarks>
public static class ImpactScore
{
    private const double ReachDecades = 7;
    private const double EngagementDecades = 5;
    private const double VelocityDecades = 3;
    private const double MinimumHours = 0.25;

    public static double Compute(long reach, PostEngagement engagement, DateTimeOffset publishedAt, DateTimeOffset now, double sentimentScore, RiskSignals risk) =>
        Explain(reach, engagement, publishedAt, now, sentimentScore, risk).Score;

    public static ImpactBreakdown Explain(long reach, PostEngagement engagement, DateTimeOffset publishedAt, DateTimeOffset now, double sentimentScore, RiskSignals risk)
    {
        engagement ??= PostEngagement.None;
        var weighted = Math.Max(0, engagement.Likes) + (2.0 * Math.Max(0, engagement.Shares)) + (1.5 * Math.Max(0, engagement.Replies));
        var hours = Math.Max(MinimumHours, (now - publishedAt).TotalHours);

        var r = Decades(Math.Max(0, reach), ReachDecades);
        var e = Decades(weighted, EngagementDecades);
        var v = Decades(weighted / hours, VelocityDecades);
        var n = double.IsNaN(sentimentScore) ? 0 : Math.Clamp(-sentimentScore, 0, 1);
        var k = (risk & (RiskSignals.Legal | RiskSignals.Safety)) != 0 ? 1.0
            : (risk & RiskSignals.Viral) != 0 ? 0.7
            : 0.0;

        var basis = (0.45 * r) + (0.35 * e) + (0.20 * v);
        var score = 100 * basis * (1 + (0.5 * n) + (0.5 * k)) / 2;
        return new ImpactBreakdown(r, e, v, n, k, basis, Math.Round(Math.Clamp(score, 0, 100), 1, MidpointRounding.AwayFromZero));
    }

    /// <summary>log10(1 + x) as a share of <paramref name="decades"/>, at most 1.</summary>
    private static double Decades(double x, double decades) => Math.Min(1, Math.Log10(1 + x) / decades);
}
