using Pantau.Core.Enrichment;

namespace Pantau.Core.Care;

/// <summary>
/// What a case's priority is computed from. <see cref="Impact"/> is 0..100, <see cref="SentimentScore"/> -1..1;
/// <see cref="Waiting"/> runs since the oldest unanswered customer message (zero when none);
/// <see cref="SlaRemaining"/> is the time until the running SLA cycle is due, negative when breached, null when no
/// SLA clock runs.
/// </summary>
public sealed record PriorityInputs(
    double Impact,
    RiskSignals Risk,
    Sentiment Sentiment,
    double SentimentScore,
    Intent Intent,
    TimeSpan Waiting,
    TimeSpan? SlaRemaining,
    bool Vip,
    long Reach);
