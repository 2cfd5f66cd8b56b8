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
}
