using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Connectors.Tests.Feeds.Fetching;

public sealed class PollScheduleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly PollSchedule _schedule = new(new FeedPollingOptions());

    /// <summary>A success case: items published so many minutes ago, the server's hints, and what to expect.</summary>
    public sealed record SuccessCase(
        string Name,
        double[] PublishedMinutesAgo,
        double ExpectedMinutes,
        string ExpectedReason,
        int? Ttl = null,
        double? MaxAgeMinutes = null,
        double? ExpiresInMinutes = null,
        double? RetryAfterMinutes = null)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<SuccessCase> SuccessCases =>
    [
        new SuccessCase("nothing known", [], 60, "publishing rate not known yet; checking every 1 h"),
        new SuccessCase("one item", [10], 60, "publishing rate not known yet; checking every 1 h"),
        new SuccessCase("every two hours", [30, 150, 270, 390, 510], 120, "publishes about every 2 h"),
        new SuccessCase("faster than the minimum", [1, 3, 5, 7, 9], 5, "publishes about every 2 min; checking every 5 min (the minimum)"),
        new SuccessCase("one long pause does not move the median", [30, 150, 270, 3150, 3270, 3390], 120, "publishes about every 2 h"),
        new SuccessCase("future dates are ignored", [-600, -300, 30, 150, 270], 120, "publishes about every 2 h"),
        new SuccessCase("quiet for ten hours drifts out", [600, 660, 720, 780], 300, "nothing new for 10 h"),
        new SuccessCase("quiet for days reaches the maximum", [7200, 7260, 7320], 1440, "nothing new for 5 d; checking every 24 h (the maximum)"),
        new SuccessCase("Retry-After is a floor", [30, 90, 150], 180, "server asked to wait 3 h (Retry-After)", RetryAfterMinutes: 180),
        new SuccessCase("max-age is a floor", [5, 15, 25], 30, "server asked to wait 30 min (Cache-Control max-age)", MaxAgeMinutes: 30),
        new SuccessCase("ttl is a floor", [5, 15, 25], 60, "server asked to wait 1 h (ttl)", Ttl: 60),
        new SuccessCase("Expires is a floor", [30, 90, 150], 120, "server asked to wait 2 h (Expires)", ExpiresInMinutes: 120),
        new SuccessCase("Expires in the past is no floor", [30, 90, 150], 60, "publishes about every 1 h", ExpiresInMinutes: -30),
        new SuccessCase("a floor below the rate changes nothing", [30, 150, 270], 120, "publishes about every 2 h", MaxAgeMinutes: 10),
        new SuccessCase("a floor beyond the maximum is capped", [5, 15, 25], 1440, "server asked to wait 3 d (Cache-Control max-age); checking every 24 h (the maximum)", MaxAgeMinutes: 3 * 1440),
    ];

    [Theory]
    [MemberData(nameof(SuccessCases))]
    public void After_a_success_the_interval_follows_the_publishing_rate_and_the_servers_wishes(SuccessCase c)
    {
        var signals = new FeedSignals
        {
            RecentPublished = [.. c.PublishedMinutesAgo.Select(m => Now.AddMinutes(-m))],
            TtlMinutes = c.Ttl,
            MaxAge = c.MaxAgeMinutes is { } maxAge ? TimeSpan.FromMinutes(maxAge) : null,
            Expires = c.ExpiresInMinutes is { } expires ? Now.AddMinutes(expires) : null,
            RetryAfter = c.RetryAfterMinutes is { } retry ? TimeSpan.FromMinutes(retry) : null,
        };

        var decision = _schedule.AfterSuccess(Now, signals);

        Assert.Equal(TimeSpan.FromMinutes(c.ExpectedMinutes), decision.Interval);
        Assert.Equal(Now + decision.Interval, decision.NextCheck);
        Assert.Equal(c.ExpectedReason, decision.Reason);
    }

    [Theory]
    [InlineData(1, 0.0, FeedFetchErrorKind.Network, null, 5, "failing: first error, next try in 5 min")]
    [InlineData(1, 0.99, FeedFetchErrorKind.Network, null, 5, "failing: first error, next try in 5 min")]
    [InlineData(2, 0.0, FeedFetchErrorKind.HttpStatus, null, 10, "failing: 2 errors in a row, next try in 10 min")]
    [InlineData(5, 0.0, FeedFetchErrorKind.Timeout, null, 80, "failing: 5 errors in a row, next try in 1 h 20 min")]
    [InlineData(5, 0.5, FeedFetchErrorKind.Timeout, null, 72, "failing: 5 errors in a row, next try in 1 h 12 min")]
    [InlineData(20, 0.0, FeedFetchErrorKind.Network, null, 360, "failing: 20 errors in a row, next try in 6 h")]
    [InlineData(int.MaxValue, 0.0, FeedFetchErrorKind.Network, null, 360, "failing: 2147483647 errors in a row, next try in 6 h")]
    [InlineData(1, 0.0, FeedFetchErrorKind.Gone, null, 1440, "gone (HTTP 410); checking every 24 h in case it comes back")]
    [InlineData(1, 0.0, FeedFetchErrorKind.TooManyRequests, 10.0, 10, "server asked to wait 10 min (Retry-After)")]
    [InlineData(3, 0.0, FeedFetchErrorKind.TooManyRequests, 1.0, 20, "rate limited (HTTP 429): 3 errors in a row, next try in 20 min")]
    [InlineData(1, 0.0, FeedFetchErrorKind.TooManyRequests, 4320.0, 1440, "server asked to wait 3 d (Retry-After); next try in 24 h (the maximum)")]
    [InlineData(1, 0.0, FeedFetchErrorKind.HttpStatus, 30.0, 30, "server asked to wait 30 min (Retry-After)")]
    public void After_a_failure_the_wait_backs_off_and_honours_retry_after(
        int failures, double jitter, FeedFetchErrorKind kind, double? retryAfterMinutes, double expectedMinutes, string expectedReason)
    {
        var retryAfter = retryAfterMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;

        var decision = _schedule.AfterFailure(Now, failures, kind, retryAfter, jitter);

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), decision.Interval);
        Assert.Equal(Now + decision.Interval, decision.NextCheck);
        Assert.Equal(expectedReason, decision.Reason);
    }

    [Fact]
    public void Custom_bounds_are_respected()
    {
        var schedule = new PollSchedule(new FeedPollingOptions { Min = TimeSpan.FromMinutes(15), Max = TimeSpan.FromHours(2), ErrorCap = TimeSpan.FromHours(1) });

        Assert.Equal(TimeSpan.FromMinutes(15), schedule.AfterSuccess(Now, new FeedSignals { RecentPublished = [Now.AddMinutes(-1), Now.AddMinutes(-2)] }).Interval);
        Assert.Equal(TimeSpan.FromHours(2), schedule.AfterSuccess(Now, new FeedSignals { RecentPublished = [Now.AddDays(-9), Now.AddDays(-10)] }).Interval);
        Assert.Equal(TimeSpan.FromHours(1), schedule.AfterFailure(Now, 10, FeedFetchErrorKind.Network, null, 0).Interval);
        Assert.Equal(TimeSpan.FromHours(2), schedule.AfterFailure(Now, 1, FeedFetchErrorKind.Gone, null, 0).Interval);
    }

    [Fact]
    public void No_cache_means_max_age_and_expires_are_no_reason_to_wait()
    {
        var response = new FeedResponse
        {
            Status = FeedFetchStatus.Ok,
            FinalUrl = new Uri("https://example.com/feed"),
            MaxAge = TimeSpan.FromHours(5),
            Expires = Now.AddHours(5),
            NoCache = true,
            RetryAfter = TimeSpan.FromMinutes(7),
        };

        var signals = FeedSignals.From(response, [Now], 30);

        Assert.Null(signals.MaxAge);
        Assert.Null(signals.Expires);
        Assert.Equal(TimeSpan.FromMinutes(7), signals.RetryAfter);
        Assert.Equal(30, signals.TtlMinutes);
    }
}
