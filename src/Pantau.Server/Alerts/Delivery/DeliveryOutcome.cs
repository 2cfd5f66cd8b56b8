namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// What one attempt came to. Not delivered and <see cref="Retryable"/>: try again (after <see cref="RetryAfter"/> when the
/// receiver said so); not retryable: the target is wrong (gone, refused, bad credentials) and needs a person.
/// <see cref="Error"/> never holds a secret (bot token, signing secret, webhook path).
/// </summary>
public sealed record DeliveryOutcome(bool Delivered, bool Retryable, string? Error, TimeSpan? RetryAfter, int? StatusCode)
{
    public static DeliveryOutcome Success(int? statusCode) => new(true, false, null, null, statusCode);

    public static DeliveryOutcome Failure(string error, bool retryable, int? statusCode = null, TimeSpan? retryAfter = null) =>
        new(false, retryable, error, retryAfter is { } wait && wait > TimeSpan.Zero ? wait : null, statusCode);
}
