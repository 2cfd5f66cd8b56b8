namespace Pantau.Core.Enrichment;

/// <summary>
/// The names of enrichment values as the API, the UI, stored corrections and training labels spell them: lower case
/// (<c>negative</c>, <c>complaint</c>, <c>legal</c>), spam as <c>true</c>/<c>false</c>. One definition for all of them.
/// </summary>
public static class EnrichmentNames
{
    public static readonly IReadOnlyList<string> Sentiments = ["negative", "neutral", "positive"];

    public static readonly IReadOnlyList<string> Intents = ["complaint", "question", "praise", "other"];

    /// <summary>The languages the model identifies, and <c>und</c> when it cannot tell.</summary>
    public static readonly IReadOnlyList<string> Languages = ["id", "en", "jv", "su", "ms", "und"];

    public static readonly IReadOnlyList<string> Risks = ["legal", "viral", "safety"];

    public static string Name(Sentiment sentiment) => sentiment switch
    {
        Sentiment.Positive => "positive",
        Sentiment.Negative => "negative",
        _ => "neutral",
    };

    public static string Name(Intent intent) => intent switch
    {
        Intent.Complaint => "complaint",
        Intent.Question => "question",
        Intent.Praise => "praise",
        _ => "other",
    };

    public static string Name(bool isSpam) => isSpam ? "true" : "false";

    /// <summary>The signals that are set, in a fixed order: <c>legal</c>, <c>viral</c>, <c>safety</c>.</summary>
    public static IReadOnlyList<string> Names(RiskSignals risk)
    {
        if (risk == RiskSignals.None)
        {
            return [];
        }

        var names = new List<string>(3);
        if (risk.HasFlag(RiskSignals.Legal))
        {
            names.Add("legal");
        }

        if (risk.HasFlag(RiskSignals.Viral))
        {
            names.Add("viral");
        }

        if (risk.HasFlag(RiskSignals.Safety))
        {
            names.Add("safety");
        }

        return names;
    }

    /// <summary>Reads a sentiment name, in any letter case.</summary>
    public static bool TryParseSentiment(string? value, out Sentiment sentiment)
    {
        switch (value?.ToLowerInvariant())
        {
            case "negative": sentiment = Sentiment.Negative; return true;
            case "neutral": sentiment = Sentiment.Neutral; return true;
            case "positive": sentiment = Sentiment.Positive; return true;
            default: sentiment = default; return false;
        }
    }

    /// <summary>Reads an intent name, in any letter case.</summary>
    public static bool TryParseIntent(string? value, out Intent intent)
    {
        switch (value?.ToLowerInvariant())
        {
            case "complaint": intent = Intent.Complaint; return true;
            case "question": intent = Intent.Question; return true;
            case "praise": intent = Intent.Praise; return true;
            case "other": intent = Intent.Other; return true;
            default: intent = default; return false;
        }
    }

    /// <summary>Reads one risk signal name (<c>legal</c>, <c>viral</c>, <c>safety</c>), in any letter case.</summary>
    public static bool TryParseRisk(string? value, out RiskSignals risk)
    {
        switch (value?.ToLowerInvariant())
        {
            case "legal": risk = RiskSignals.Legal; return true;
            case "viral": risk = RiskSignals.Viral; return true;
            case "safety": risk = RiskSignals.Safety; return true;
            default: risk = RiskSignals.None; return false;
        }
    }

    /// <summary>Reads a comma-separated list of risk signal names (<c>legal,viral</c>) into flags; false if any name is unknown or empty.</summary>
    public static bool TryParseRisks(string? value, out RiskSignals risks)
    {
        risks = RiskSignals.None;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        foreach (var name in value.Split(','))
        {
            if (!TryParseRisk(name.Trim(), out var one))
            {
                risks = RiskSignals.None;
                return false;
            }

            risks |= one;
        }

        return true;
    }
}
