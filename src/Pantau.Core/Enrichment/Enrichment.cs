namespace Pantau.Core.Enrichment;

public enum Sentiment
{
    Neutral = 0,
    Positive = 1,
    Negative = 2,
}

public enum Intent
{
    Other = 0,
    Complaint = 1,
    Question = 2,
    Praise = 3,
}

/// <summary>Signals that a mention may turn into more than a care case. Stored as flags.</summary>
[Flags]
public enum RiskSignals
{
    None = 0,

    /// <summary>Legal threats: somasi, lapor polisi, pengacara, gugat, YLKI, BPSK, UU ITE, lawyer, sue.</summary>
    Legal = 1,

    /// <summary>Calls to spread it: viralkan, spill, thread, "RT biar", boycott.</summary>
    Viral = 2,

    /// <summary>Harm to people or their money and accounts: injury, fraud, account takeover.</summary>
    Safety = 4,
}

/// <summary>What Pantau understood of a mention. <see cref="Explanation"/> names the words that drove the sentiment.</summary>
public sealed record Enrichment(
    string Language,
    Sentiment Sentiment,
    double SentimentScore,
    Intent Intent,
    bool IsSpam,
    long Reach,
    double Impact,
    IReadOnlyList<string> Explanation)
{
    public static Enrichment Unknown { get; } = new("und", Sentiment.Neutral, 0, Intent.Other, false, 0, 0, []);

    public RiskSignals Risk { get; init; }

    /// <summary>How likely the post is spam, in [0, 1]; <see cref="IsSpam"/> is this above the model's threshold.</summary>
    public double SpamScore { get; init; }
}
