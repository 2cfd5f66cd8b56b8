using Pantau.Core.Enrichment;

namespace Pantau.Core.Care;

/// <summary>
/// Ranks cases in the care queue. The score is a sum of points, rounded and clamped to 0..1000:
/// <list type="bullet">
/// <item><b>Impact</b>: 3 × impact (impact clamped to 0..100), up to 300. Reason <see cref="PriorityReason.HighImpact"/> from impact 50.</item>
/// <item><b>Risk</b>: 250 when legal or safety risk is signalled (once, not per signal), plus 120 for viral risk. Each signal is a reason.</item>
/// <item><b>Negativity</b>: 100 × max(−score clamped to 0..1, 0.5 when the sentiment is negative), up to 100. Reason <see cref="PriorityReason.Negative"/> from 50 points.</item>
/// <item><b>Intent</b>: complaint 60, question 40, otherwise 0.</item>
/// <item><b>Waiting</b>: 120 × ln(1 + minutes) / ln(1 + 1440), capped at 120 (a day's wait): 1 min ≈ 11, 15 min ≈ 46, 1 h ≈ 68, 4 h ≈ 91.
/// Reason <see cref="PriorityReason.LongWait"/> from an hour.</item>
/// <item><b>SLA</b>: breached (remaining below zero) 200; due within 15 minutes (zero included: due is not yet late) 150; within an hour 80; otherwise or
/// without a clock 0. Reasons <see cref="PriorityReason.SlaBreached"/> and <see cref="PriorityReason.SlaDueSoon"/> (within the hour).</item>
/// <item><b>VIP</b>: 150.</item>
/// <item><b>Reach</b>: 25 per tenfold audience above 1,000 (25 × log10(reach / 1000)), 0..50, so 100,000 and more give 50. Impact already weighs
/// reach; this small term only lifts big accounts among equals. Reason <see cref="PriorityReason.LargeAudience"/> from 10,000.</item>
/// </list>
/// Every term is non-decreasing in its input (more impact, risk, negativity, waiting or reach, less SLA time left, VIP), so raising any
/// input never lowers the score. Bands: <see cref="CasePriority.Urgent"/> from 600, <see cref="CasePriority.High"/> from 350,
/// <see cref="CasePriority.Normal"/> from 120, otherwise <see cref="CasePriority.Low"/>. NaN inputs count as zero; nothing throws.
/// </summary>
public static class CasePriorityScore
{
    public const int MaxScore = 1000;
    public const int UrgentFrom = 600;
    public const int HighFrom = 350;
    public const int NormalFrom = 120;

    public const double ImpactPoints = 300;
    public const double LegalOrSafetyPoints = 250;
    public const double ViralPoints = 120;
    public const double NegativityPoints = 100;
    public const double ComplaintPoints = 60;
    public const double QuestionPoints = 40;
    public const double WaitingPoints = 120;
    public const double SlaBreachedPoints = 200;
    public const double SlaWithin15MinutesPoints = 150;
    public const double SlaWithinHourPoints = 80;
    public const double VipPoints = 150;
    public const double ReachPoints = 50;

    /// <summary>The wait that earns the full waiting points.</summary>
    public static readonly TimeSpan FullWait = TimeSpan.FromDays(1);

    private static readonly double LogFullWait = Math.Log(1 + FullWait.TotalMinutes);

    public static PriorityScore Compute(PriorityInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var reasons = new List<PriorityReason>();
        double total = 0;

        var impact = Clamp(inputs.Impact, 0, 100);
        total += ImpactPoints * impact / 100;
        Note(reasons, PriorityReason.HighImpact, impact >= 50);

        var legal = inputs.Risk.HasFlag(RiskSignals.Legal);
        var safety = inputs.Risk.HasFlag(RiskSignals.Safety);
        var viral = inputs.Risk.HasFlag(RiskSignals.Viral);
        total += legal || safety ? LegalOrSafetyPoints : 0;
        total += viral ? ViralPoints : 0;
        Note(reasons, PriorityReason.LegalRisk, legal);
        Note(reasons, PriorityReason.SafetyRisk, safety);
        Note(reasons, PriorityReason.ViralRisk, viral);

        // The label and the score can disagree slightly (the label has a threshold); a negative label counts at
        // least half, so neither alone can hide negativity.
        var negativity = Math.Max(Clamp(-inputs.SentimentScore, 0, 1), inputs.Sentiment == Sentiment.Negative ? 0.5 : 0);
        total += NegativityPoints * negativity;
        Note(reasons, PriorityReason.Negative, negativity >= 0.5);

        total += inputs.Intent switch
        {
            Intent.Complaint => ComplaintPoints,
            Intent.Question => QuestionPoints,
            _ => 0,
        };
        Note(reasons, PriorityReason.Complaint, inputs.Intent == Intent.Complaint);
        Note(reasons, PriorityReason.Question, inputs.Intent == Intent.Question);

        // A log scale: the first minutes matter most, and a case a week old is not seven times as urgent as a day-old one.
        var minutes = Math.Max(0, inputs.Waiting.TotalMinutes);
        total += Math.Min(WaitingPoints, WaitingPoints * Math.Log(1 + minutes) / LogFullWait);
        Note(reasons, PriorityReason.LongWait, inputs.Waiting >= TimeSpan.FromHours(1));

        if (inputs.SlaRemaining is { } remaining)
        {
            total += remaining < TimeSpan.Zero ? SlaBreachedPoints
                : remaining <= TimeSpan.FromMinutes(15) ? SlaWithin15MinutesPoints
                : remaining <= TimeSpan.FromHours(1) ? SlaWithinHourPoints
                : 0;
            Note(reasons, PriorityReason.SlaDueSoon, remaining >= TimeSpan.Zero && remaining <= TimeSpan.FromHours(1));
            Note(reasons, PriorityReason.SlaBreached, remaining < TimeSpan.Zero);
        }

        total += inputs.Vip ? VipPoints : 0;
        Note(reasons, PriorityReason.Vip, inputs.Vip);

        total += inputs.Reach > 1000 ? Math.Min(ReachPoints, ReachPoints / 2 * Math.Log10(inputs.Reach / 1000.0)) : 0;
        Note(reasons, PriorityReason.LargeAudience, inputs.Reach >= 10_000);

        var score = (int)Math.Clamp(Math.Round(total, MidpointRounding.AwayFromZero), 0, MaxScore);
        return new PriorityScore(score, BandOf(score), reasons);
    }

    /// <summary>The band a score falls in.</summary>
    public static CasePriority BandOf(int score) => score switch
    {
        >= UrgentFrom => CasePriority.Urgent,
        >= HighFrom => CasePriority.High,
        >= NormalFrom => CasePriority.Normal,
        _ => CasePriority.Low,
    };

    private static double Clamp(double value, double min, double max) => double.IsNaN(value) ? 0 : Math.Clamp(value, min, max);

    private static void Note(List<PriorityReason> reasons, PriorityReason reason, bool applies)
    {
        if (applies)
        {
            reasons.Add(reason);
        }
    }
}
