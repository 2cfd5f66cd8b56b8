namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>
/// Adaptive polling: check a feed about as often as it publishes, never sooner than its server asked, within
/// the configured bounds; back off exponentially while it fails. Pure: "now" and jitter are parameters.
/// </summary>
public sealed class PollSchedule(FeedPollingOptions options)
{
    public FeedPollingOptions Options { get; } = options;

    public PollDecision AfterSuccess(DateTimeOffset now, FeedSignals signals)
    {
        var (interval, reason) = FromPublishingRate(now, signals.RecentPublished);

        // The server's own wishes are a floor: polling sooner only earns 304s or a ban.
        var (floor, floorName) = ServerFloor(now, signals);
        if (floor > interval)
        {
            interval = floor;
            reason = $"server asked to wait {DurationText.Format(floor)} ({floorName})";
        }

        if (interval < Options.Min)
        {
            reason += $"; checking every {DurationText.Format(Options.Min)} (the minimum)";
            interval = Options.Min;
        }
        else if (interval > Options.Max)
        {
            reason += $"; checking every {DurationText.Format(Options.Max)} (the maximum)";
            interval = Options.Max;
        }

        return new PollDecision(now + interval, interval, reason);
    }

    /// <param name="consecutiveFailures">Failures in a row including this one, 1 for the first.</param>
    /// <param name="jitter">A number in [0, 1) that takes up to a fifth off the wait, so failing feeds spread out.</param>
    public PollDecision AfterFailure(DateTimeOffset now, int consecutiveFailures, FeedFetchErrorKind kind, TimeSpan? retryAfter, double jitter)
    {
        if (kind == FeedFetchErrorKind.Gone)
        {
            return new PollDecision(now + Options.Max, Options.Max, $"gone (HTTP 410); checking every {DurationText.Format(Options.Max)} in case it comes back");
        }

        var failures = Math.Max(1, consecutiveFailures);
        var backoff = Backoff(failures, jitter);
        var wait = backoff;
        var label = kind == FeedFetchErrorKind.TooManyRequests ? "rate limited (HTTP 429)" : "failing";
        var count = failures == 1 ? "first error" : $"{failures} errors in a row";
        var reason = $"{label}: {count}, next try in {DurationText.Format(backoff)}";

        if (retryAfter is { } asked && asked > backoff)
        {
            wait = asked > Options.Max ? Options.Max : asked;
            reason = $"server asked to wait {DurationText.Format(asked)} (Retry-After)";
            if (asked > Options.Max)
            {
                reason += $"; next try in {DurationText.Format(Options.Max)} (the maximum)";
            }
        }

        return new PollDecision(now + wait, wait, reason);
    }

    public PollDecision AfterFailure(DateTimeOffset now, int consecutiveFailures, FeedFetchException error, double jitter) =>
        AfterFailure(now, consecutiveFailures, error.Kind, error.RetryAfter, jitter);

    private TimeSpan Backoff(int failures, double jitter)
    {
        var exponent = Math.Min(failures - 1, 30);
        var ceiling = Math.Min(Options.ErrorCap.TotalSeconds, Options.Min.TotalSeconds * Math.Pow(2, exponent));
        var jittered = TimeSpan.FromSeconds(ceiling * (1 - (0.2 * Math.Clamp(jitter, 0, 1))));
        return jittered < Options.Min ? Options.Min : jittered;
    }

    private (TimeSpan Interval, string Reason) FromPublishingRate(DateTimeOffset now, IReadOnlyList<DateTimeOffset> published)
    {
        // Future dates are clock or time-zone mistakes; they say nothing about the rate.
        var recent = published.Where(p => p <= now).OrderDescending().Take(Math.Max(2, Options.RecentItems)).ToArray();
        if (recent.Length == 0)
        {
            return (Options.Default, $"publishing rate not known yet; checking every {DurationText.Format(Options.Default)}");
        }

        TimeSpan interval;
        string reason;
        if (recent.Length == 1)
        {
            interval = Options.Default;
            reason = $"publishing rate not known yet; checking every {DurationText.Format(Options.Default)}";
        }
        else
        {
            // The median gap shrugs off one long pause or one burst, which a mean would not.
            var gaps = recent.Zip(recent.Skip(1), (newer, older) => newer - older).Order().ToArray();
            interval = gaps.Length % 2 == 1 ? gaps[gaps.Length / 2] : (gaps[(gaps.Length / 2) - 1] + gaps[gaps.Length / 2]) / 2;
            reason = $"publishes about every {DurationText.Format(interval)}";
        }

        // A feed that has gone quiet drifts toward the maximum: the longer the silence, the rarer the checks.
        var quiet = now - recent[0];
        if (quiet / 2 > interval)
        {
            interval = quiet / 2;
            reason = $"nothing new for {DurationText.Format(quiet)}";
        }

        return (interval, reason);
    }

    private static (TimeSpan Floor, string Name) ServerFloor(DateTimeOffset now, FeedSignals signals)
    {
        var floor = TimeSpan.Zero;
        var name = "";
        Consider(signals.TtlMinutes is > 0 and var ttl ? TimeSpan.FromMinutes(ttl) : null, "ttl");
        Consider(signals.MaxAge, "Cache-Control max-age");
        Consider(signals.Expires is { } expires ? expires - now : null, "Expires");
        Consider(signals.RetryAfter, "Retry-After");
        return (floor, name);

        void Consider(TimeSpan? candidate, string candidateName)
        {
            if (candidate is { } value && value > floor)
            {
                floor = value;
                name = candidateName;
            }
        }
    }
}
