namespace Pantau.Data.Corrections;

/// <summary>The enrichment fields a person can correct, as <see cref="Entities.MentionCorrection.Field"/> names them.</summary>
public static class CorrectionFields
{
    public const string Sentiment = "sentiment";
    public const string Intent = "intent";
    public const string Spam = "spam";

    public static readonly IReadOnlyList<string> All = [Sentiment, Intent, Spam];

    public static bool IsKnown(string? field) => field is Sentiment or Intent or Spam;
}
