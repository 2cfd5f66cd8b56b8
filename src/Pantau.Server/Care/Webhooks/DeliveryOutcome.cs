using System.Net;
using System.Net.Http.Headers;

namespace Pantau.Server.Care.Webhooks;

/// <summary>What one attempt to deliver an event came to, and what happens next.</summary>
public sealed record DeliveryOutcome(bool Delivered, bool Retryable, int? Status, string? Error, TimeSpan? RetryAfter)
{
    public static DeliveryOutcome FromResponse(HttpStatusCode code, RetryConditionHeaderValue? retryAfter, DateTimeOffset now)
    {
        var status = (int)code;
        if (status is >= 200 and < 300)
        {
            return new DeliveryOutcome(true, false, status, null, null);
        }

        var wait = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - now,
            _ => (TimeSpan?)null,
        };
        var retryable = status is 408 or 429 or >= 500;
        return new DeliveryOutcome(false, retryable, status, $"HTTP {status} {code}", wait is { } w && w > TimeSpan.Zero ? w : null);
    }

    public static DeliveryOutcome Failure(string error, bool retryable) => new(false, retryable, null, error, null);
}

/// <summary>When to try a failed delivery again, or whether to give up.</summary>
public static class DeliveryRetry
{
    /// <summary>A receiver that refuses an event (4xx other than 408 and 429) is given this many attempts.</summary>
    public const int PermanentFailureAttempts = 3;

    /// <summary>Null to give up; otherwise the wait before the next attempt.</summary>
    public static TimeSpan? NextDelay(DeliveryOutcome outcome, int attempts, CareWebhookOptions options, double jitter)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(options);
        var limit = outcome.Retryable ? options.MaxAttempts : Math.Min(PermanentFailureAttempts, options.MaxAttempts);
        if (outcome.Delivered || attempts >= limit)
        {
            return null;
        }

        if (outcome.RetryAfter is { } retryAfter)
        {
            return retryAfter < options.MaxRetryAfter ? retryAfter : options.MaxRetryAfter;
        }

        var delays = options.EffectiveRetryDelays;
        var delay = delays[Math.Clamp(attempts - 1, 0, delays.Count - 1)];

        // ±20%: deliveries that failed together (an endpoint went down) spread out when it comes back.
        return delay * (0.8 + (0.4 * Math.Clamp(jitter, 0, 1)));
    }
}
