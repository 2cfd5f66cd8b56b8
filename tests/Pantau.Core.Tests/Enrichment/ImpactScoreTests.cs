using Pantau.Core.Enrichment;
using Pantau.Core.Posts;

namespace Pantau.Core.Tests.Enrichment;

public sealed class ImpactScoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly long[] Reaches = [0, 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, long.MaxValue];
    private static readonly int[] Counts = [0, 1, 3, 10, 100, 1_000, 10_000, 100_000, 1_000_000, int.MaxValue];
    private static readonly double[] Sentiments = [1, 0.5, 0, -0.2, -0.5, -0.8, -1];
    private static readonly double[] Ages = [0, 0.1, 0.25, 1, 6, 24, 24 * 7, 24 * 365];
    private static readonly RiskSignals[] Risks = [RiskSignals.None, RiskSignals.Viral, RiskSignals.Legal, RiskSignals.Safety, RiskSignals.Legal | RiskSignals.Viral | RiskSignals.Safety];

    private static double Score(
        long reach = 10_000, int likes = 50, int shares = 10, int replies = 5, double hoursAgo = 2, double sentiment = 0, RiskSignals risk = RiskSignals.None) =>
        ImpactScore.Compute(reach, new PostEngagement(likes, shares, replies), Now.AddHours(-hoursAgo), Now, sentiment, risk);

    [Fact]
    public void A_post_with_nothing_scores_zero()
    {
        Assert.Equal(0, ImpactScore.Compute(0, PostEngagement.None, Now, Now, 0, RiskSignals.None));
        Assert.Equal(0, ImpactScore.Compute(0, PostEngagement.None, Now, Now, -1, RiskSignals.Legal)); // nothing to weigh
    }

    [Fact]
    public void The_most_of_everything_scores_one_hundred()
    {
        Assert.Equal(100, ImpactScore.Compute(long.MaxValue, new PostEngagement(int.MaxValue, int.MaxValue, int.MaxValue), Now, Now, -1, RiskSignals.Safety));
        Assert.Equal(50, ImpactScore.Compute(long.MaxValue, new PostEngagement(int.MaxValue, int.MaxValue, int.MaxValue), Now, Now, 0, RiskSignals.None));
    }

    [Fact]
    public void Every_score_is_within_bounds_and_rounded_to_one_decimal()
    {
        foreach (var reach in Reaches)
        {
            foreach (var count in Counts)
            {
                foreach (var sentiment in Sentiments)
                {
                    foreach (var risk in Risks)
                    {
                        var score = Score(reach, count, count, count, 3, sentiment, risk);
                        Assert.InRange(score, 0, 100);
                        Assert.Equal(Math.Round(score, 1), score);
                    }
                }
            }
        }
    }

    [Fact]
    public void More_reach_never_lowers_the_score()
    {
        AssertRises(Reaches.Select(r => Score(reach: r)), strictlyUntil: 8); // saturates at 10 million
        AssertRises(Reaches.Select(r => Score(reach: r, sentiment: -1, risk: RiskSignals.Legal)), strictlyUntil: 8);
    }

    [Fact]
    public void More_likes_shares_or_replies_never_lower_the_score()
    {
        AssertRises(Counts.Select(c => Score(likes: c)), strictlyUntil: 6);
        AssertRises(Counts.Select(c => Score(shares: c)), strictlyUntil: 5);
        AssertRises(Counts.Select(c => Score(replies: c)), strictlyUntil: 5);
    }

    [Fact]
    public void Shares_weigh_more_than_likes()
    {
        Assert.True(Score(likes: 0, shares: 1_000) > Score(likes: 1_000, shares: 0));
    }

    [Fact]
    public void The_same_engagement_over_a_longer_time_never_raises_the_score()
    {
        var scores = Ages.Select(hours => Score(likes: 500, shares: 100, replies: 50, hoursAgo: hours)).ToList();

        for (var i = 1; i < scores.Count; i++)
        {
            Assert.True(scores[i] <= scores[i - 1], $"{Ages[i]} h: {scores[i]} > {scores[i - 1]}");
        }

        Assert.True(scores[^1] < scores[0]);
    }

    [Fact]
    public void More_negative_sentiment_never_lowers_the_score()
    {
        AssertRises(Sentiments.Select(s => Score(sentiment: s)), strictlyFrom: 2); // positive and neutral weigh the same
    }

    [Fact]
    public void Risk_raises_the_score_legal_and_safety_more_than_viral()
    {
        var none = Score(sentiment: -0.5);
        var viral = Score(sentiment: -0.5, risk: RiskSignals.Viral);
        var legal = Score(sentiment: -0.5, risk: RiskSignals.Legal);
        var safety = Score(sentiment: -0.5, risk: RiskSignals.Safety);
        var all = Score(sentiment: -0.5, risk: RiskSignals.Legal | RiskSignals.Viral | RiskSignals.Safety);

        Assert.True(none < viral);
        Assert.True(viral < legal);
        Assert.Equal(legal, safety);
        Assert.Equal(legal, all);
    }

    [Fact]
    public void A_legal_threat_from_a_big_account_outscores_the_same_post_said_neutrally()
    {
        var threat = Score(reach: 1_000_000, likes: 8_000, shares: 5_000, replies: 1_200, hoursAgo: 3, sentiment: -0.8, risk: RiskSignals.Legal);
        var neutral = Score(reach: 1_000_000, likes: 8_000, shares: 5_000, replies: 1_200, hoursAgo: 3, sentiment: 0, risk: RiskSignals.None);

        Assert.True(threat > neutral, $"{threat} <= {neutral}");
        Assert.True(threat >= 70, $"{threat}");
        Assert.True(neutral <= 50, $"{neutral}");
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(1)]
    [InlineData(24 * 365 * 10)]
    public void A_publication_time_in_the_future_reads_as_just_now(double hoursAhead)
    {
        var future = Score(hoursAgo: -hoursAhead);

        Assert.Equal(Score(hoursAgo: 0.25), future);
        Assert.Equal(Score(hoursAgo: 0), future);
        Assert.InRange(future, 0, 100);
    }

    [Fact]
    public void Extreme_times_do_not_break_it()
    {
        Assert.InRange(ImpactScore.Compute(100, new PostEngagement(1, 1, 1), DateTimeOffset.MinValue, DateTimeOffset.MaxValue, 0, RiskSignals.None), 0, 100);
        Assert.InRange(ImpactScore.Compute(100, new PostEngagement(1, 1, 1), DateTimeOffset.MaxValue, DateTimeOffset.MinValue, 0, RiskSignals.None), 0, 100);
    }

    [Fact]
    public void Negative_counts_and_out_of_range_sentiment_are_clamped()
    {
        Assert.Equal(Score(reach: 0), Score(reach: -1_000));
        Assert.Equal(Score(likes: 0), Score(likes: -50));
        Assert.Equal(Score(shares: 0), Score(shares: int.MinValue));
        Assert.Equal(Score(replies: 0), Score(replies: -1));
        Assert.Equal(Score(sentiment: -1), Score(sentiment: -7));
        Assert.Equal(Score(sentiment: 0), Score(sentiment: 3));
        Assert.Equal(Score(sentiment: 0), Score(sentiment: double.NaN));
        Assert.Equal(Score(sentiment: -1), Score(sentiment: double.NegativeInfinity));
    }

    [Fact]
    public void The_breakdown_explains_the_score()
    {
        // The worked example of docs/enrichment.md.
        var b = ImpactScore.Explain(250_000, new PostEngagement(1_200, 300, 80), Now.AddHours(-4), Now, -0.7, RiskSignals.Legal | RiskSignals.Viral);

        Assert.Equal(0.771, b.ReachFactor, 3);
        Assert.Equal(0.657, b.EngagementFactor, 3);
        Assert.Equal(0.894, b.VelocityFactor, 3);
        Assert.Equal(0.7, b.Negativity, 3);
        Assert.Equal(1.0, b.RiskFactor, 3);
        Assert.Equal(0.756, b.Base, 3);
        Assert.Equal(69.9, b.Score);
        Assert.Equal(b.Score, ImpactScore.Compute(250_000, new PostEngagement(1_200, 300, 80), Now.AddHours(-4), Now, -0.7, RiskSignals.Legal | RiskSignals.Viral));
    }

    private static void AssertRises(IEnumerable<double> scores, int strictlyFrom = 0, int strictlyUntil = int.MaxValue)
    {
        var list = scores.ToList();
        for (var i = 1; i < list.Count; i++)
        {
            Assert.True(list[i] >= list[i - 1], $"step {i}: {list[i]} < {list[i - 1]}");
            if (i > strictlyFrom && i <= strictlyUntil)
            {
                Assert.True(list[i] > list[i - 1], $"step {i}: {list[i]} is not above {list[i - 1]}");
            }
        }
    }
}
