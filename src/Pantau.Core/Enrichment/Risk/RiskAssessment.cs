namespace Pantau.Core.Enrichment;

/// <summary>
/// The risk signals found in a post and the evidence for them: each matched phrase once, as the post wrote it
/// (folded lower-case tokens joined by single spaces, e.g. "lapor ke polisi"; a hashtag keeps its '#', a mention its '@').
/// </summary>
public sealed record RiskAssessment(RiskSignals Signals, IReadOnlyList<string> Evidence)
{
    /// <summary>No signal and no evidence; shared, so that a post without risk costs no allocation.</summary>
    public static RiskAssessment None { get; } = new(RiskSignals.None, []);
}
