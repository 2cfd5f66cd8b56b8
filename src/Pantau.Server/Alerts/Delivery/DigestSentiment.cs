namespace Pantau.Server.Alerts.Delivery;

/// <summary>Mentions of the period by sentiment (Pantau's sentiments are positive, neutral and negative).</summary>
public sealed record DigestSentiment(long Positive, long Neutral, long Negative)
{
    public long Total => Positive + Neutral + Negative;

    /// <summary>Net sentiment in [-100, 100]: (positive − negative) / (positive + negative) × 100; 0 when neither.</summary>
    public double NetScore => Positive + Negative == 0 ? 0 : (Positive - Negative) * 100.0 / (Positive + Negative);
}
