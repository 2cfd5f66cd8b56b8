using Pantau.Core.Care;
using Pantau.Core.Enrichment;

namespace Pantau.Core.Tests.Care;

public sealed class CasePriorityScoreTests
{
    private static readonly PriorityInputs Quiet = new(0, RiskSignals.None, Sentiment.Neutral, 0, Intent.Other, TimeSpan.Zero, null, false, 0);

    [Fact]
    public void A_quiet_case_scores_zero_and_low()
    {
        var score = CasePriorityScore.Compute(Quiet);

        Assert.Equal(0, score.Score);
        Assert.Equal(CasePriority.Low, score.Band);
        Assert.Empty(score.Reasons);
    }

    [Fact]
    public void Each_term_adds_its_documented_points()
    {
        Assert.Equal(150, Score(Quiet with { Impact = 50 }));
        Assert.Equal(300, Score(Quiet with { Impact = 100 }));
        Assert.Equal(250, Score(Quiet with { Risk = RiskSignals.Legal }));
        Assert.Equal(250, Score(Quiet with { Risk = RiskSignals.Legal | RiskSignals.Safety }));
        Assert.Equal(120, Score(Quiet with { Risk = RiskSignals.Viral }));
        Assert.Equal(50, Score(Quiet with { Sentiment = Sentiment.Negative }));
        Assert.Equal(80, Score(Quiet with { Sentiment = Sentiment.Negative, SentimentScore = -0.8 }));
        Assert.Equal(60, Score(Quiet with { Intent = Intent.Complaint }));
        Assert.Equal(40, Score(Quiet with { Intent = Intent.Question }));
        Assert.Equal(0, Score(Quiet with { Intent = Intent.Praise }));
        Assert.Equal(68, Score(Quiet with { Waiting = TimeSpan.FromHours(1) }));
        Assert.Equal(120, Score(Quiet with { Waiting = TimeSpan.FromDays(1) }));
        Assert.Equal(120, Score(Quiet with { Waiting = TimeSpan.FromDays(30) }));
        Assert.Equal(200, Score(Quiet with { SlaRemaining = TimeSpan.FromSeconds(-1) }));
        Assert.Equal(150, Score(Quiet with { SlaRemaining = TimeSpan.Zero }));
        Assert.Equal(150, Score(Quiet with { SlaRemaining = TimeSpan.FromMinutes(15) }));
        Assert.Equal(80, Score(Quiet with { SlaRemaining = TimeSpan.FromMinutes(16) }));
        Assert.Equal(0, Score(Quiet with { SlaRemaining = TimeSpan.FromMinutes(61) }));
        Assert.Equal(150, Score(Quiet with { Vip = true }));
        Assert.Equal(25, Score(Quiet with { Reach = 10_000 }));
        Assert.Equal(50, Score(Quiet with { Reach = 5_000_000 }));
    }

    [Fact]
    public void A_legal_threat_from_a_vip_past_its_sla_is_urgent_and_the_score_is_clamped()
    {
        var everything = new PriorityInputs(
            100, RiskSignals.Legal | RiskSignals.Safety | RiskSignals.Viral, Sentiment.Negative, -1, Intent.Complaint,
            TimeSpan.FromDays(2), TimeSpan.FromMinutes(-5), true, 1_000_000);

        var score = CasePriorityScore.Compute(everything);

        Assert.Equal(1000, score.Score);
        Assert.Equal(CasePriority.Urgent, score.Band);
        Assert.Equal(
            [PriorityReason.HighImpact, PriorityReason.LegalRisk, PriorityReason.SafetyRisk, PriorityReason.ViralRisk, PriorityReason.Negative,
             PriorityReason.Complaint, PriorityReason.LongWait, PriorityReason.SlaBreached, PriorityReason.Vip, PriorityReason.LargeAudience],
            score.Reasons);
    }

    [Fact]
    public void A_typical_complaint_is_normal_and_a_threat_about_to_breach_is_urgent()
    {
        var complaint = Quiet with { Impact = 20, Sentiment = Sentiment.Negative, SentimentScore = -0.6, Intent = Intent.Complaint, Waiting = TimeSpan.FromMinutes(10) };
        var typical = CasePriorityScore.Compute(complaint);
        Assert.Equal(CasePriority.Normal, typical.Band);
        Assert.Equal([PriorityReason.Negative, PriorityReason.Complaint], typical.Reasons);

        var threat = CasePriorityScore.Compute(complaint with { Risk = RiskSignals.Legal, SlaRemaining = TimeSpan.FromMinutes(10) });
        Assert.Equal(CasePriority.Urgent, threat.Band);
        Assert.Equal([PriorityReason.LegalRisk, PriorityReason.Negative, PriorityReason.Complaint, PriorityReason.SlaDueSoon], threat.Reasons);
    }

    [Theory]
    [InlineData(0, CasePriority.Low)]
    [InlineData(119, CasePriority.Low)]
    [InlineData(120, CasePriority.Normal)]
    [InlineData(349, CasePriority.Normal)]
    [InlineData(350, CasePriority.High)]
    [InlineData(599, CasePriority.High)]
    [InlineData(600, CasePriority.Urgent)]
    [InlineData(1000, CasePriority.Urgent)]
    public void Bands_start_at_their_thresholds(int score, CasePriority band) => Assert.Equal(band, CasePriorityScore.BandOf(score));

    [Fact]
    public void Computed_scores_fall_in_the_band_of_their_threshold()
    {
        // Impact 40 = 120 points, exactly Normal; 39.8 rounds to 119, still Low.
        Assert.Equal(CasePriority.Normal, CasePriorityScore.Compute(Quiet with { Impact = 40 }).Band);
        Assert.Equal(CasePriority.Low, CasePriorityScore.Compute(Quiet with { Impact = 39.8 }).Band);
        // Legal 250 + impact 100/3 = 350: High.
        Assert.Equal(CasePriority.High, CasePriorityScore.Compute(Quiet with { Risk = RiskSignals.Legal, Impact = 100.0 / 3 }).Band);
        // Legal 250 + VIP 150 + SLA breached 200 = 600: Urgent.
        Assert.Equal(CasePriority.Urgent, CasePriorityScore.Compute(Quiet with { Risk = RiskSignals.Legal, Vip = true, SlaRemaining = TimeSpan.FromMinutes(-1) }).Band);
    }

    [Fact]
    public void Reasons_mark_only_significant_contributions()
    {
        Assert.Empty(CasePriorityScore.Compute(Quiet with { Impact = 49, SentimentScore = -0.4, Waiting = TimeSpan.FromMinutes(59), SlaRemaining = TimeSpan.FromMinutes(61), Reach = 9_999 }).Reasons);
        Assert.Equal([PriorityReason.Negative], CasePriorityScore.Compute(Quiet with { SentimentScore = -0.5 }).Reasons);
        Assert.Equal([PriorityReason.Question, PriorityReason.SlaDueSoon], CasePriorityScore.Compute(Quiet with { Intent = Intent.Question, SlaRemaining = TimeSpan.FromHours(1) }).Reasons);
    }

    [Fact]
    public void Nonsense_inputs_count_as_nothing_and_never_throw()
    {
        var nonsense = Quiet with { Impact = double.NaN, SentimentScore = double.NaN, Waiting = TimeSpan.FromMinutes(-10), Reach = -5 };
        Assert.Equal(0, Score(nonsense));
        Assert.Equal(300, Score(Quiet with { Impact = double.PositiveInfinity }));
        Assert.Equal(120, Score(Quiet with { Waiting = TimeSpan.MaxValue }));
        Assert.Equal(200, Score(Quiet with { SlaRemaining = TimeSpan.MinValue }));
    }

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 20));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Raising_any_input_never_lowers_the_score(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var inputs = RandomInputs(random);
            var score = Score(inputs);

            AssertNotLower(score, inputs with { Impact = inputs.Impact + (random.NextDouble() * 50) }, "impact");
            AssertNotLower(score, inputs with { Risk = inputs.Risk | RandomRisk(random) }, "risk");
            AssertNotLower(score, inputs with { SentimentScore = inputs.SentimentScore - (random.NextDouble() * 0.7) }, "sentiment score");
            AssertNotLower(score, inputs with { Sentiment = Sentiment.Negative }, "negative label");
            AssertNotLower(score, inputs with { Intent = Intent.Complaint }, "complaint");
            if (inputs.Intent != Intent.Complaint)
            {
                AssertNotLower(score, inputs with { Intent = Intent.Question }, "question");
            }

            AssertNotLower(score, inputs with { Waiting = inputs.Waiting + TimeSpan.FromMinutes(random.Next(0, 600)) }, "waiting");
            AssertNotLower(score, inputs with { SlaRemaining = (inputs.SlaRemaining ?? TimeSpan.FromDays(3)) - TimeSpan.FromMinutes(random.Next(0, 120)) }, "SLA remaining");
            AssertNotLower(score, inputs with { Vip = true }, "VIP");
            AssertNotLower(score, inputs with { Reach = inputs.Reach + random.Next(0, 200_000) }, "reach");
            Assert.InRange(score, 0, 1000);
        }
    }

    private static void AssertNotLower(int before, PriorityInputs raised, string what)
    {
        var after = Score(raised);
        Assert.True(after >= before, $"Raising {what} lowered the score from {before} to {after}: {raised}");
    }

    private static PriorityInputs RandomInputs(Random random) => new(
        random.NextDouble() * 110,
        RandomRisk(random),
        (Sentiment)random.Next(0, 3),
        (random.NextDouble() * 2) - 1,
        (Intent)random.Next(0, 4),
        TimeSpan.FromMinutes(random.Next(0, 3000)),
        random.Next(0, 4) == 0 ? null : TimeSpan.FromMinutes(random.Next(-120, 240)),
        random.Next(0, 5) == 0,
        random.Next(0, 3) == 0 ? 0 : (long)Math.Pow(10, random.NextDouble() * 7));

    private static RiskSignals RandomRisk(Random random) => (RiskSignals)random.Next(0, 8);

    private static int Score(PriorityInputs inputs) => CasePriorityScore.Compute(inputs).Score;
}
