using Pantau.Server.Alerts.Delivery;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>When a notice that was not delivered is tried again, or null to give up.</summary>
public static class AlertRetry
{
    /// <param name="jitter">A number in [0, 1]: spreads the retries of notices that failed together by ±20%.</param>
    public static TimeSpan? NextDelay(DeliveryOutcome outcome, int attempts, AlertDispatchOptions options, double jitter)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(options);
        if (outcome.Delivered || !outcome.Retryable || attempts >= options.MaxAttempts)
        {
            return null;
        }

        if (outcome.RetryAfter is { } retryAfter)
        {
            return retryAfter < options.MaxRetryAfter ? retryAfter : options.MaxRetryAfter;
        }

        var delays = options.EffectiveRetryDelays;
        var delay = delays[Math.Clamp(attempts - 1, 0, delays.Count - 1)];
        return delay * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1)));
    }
}
