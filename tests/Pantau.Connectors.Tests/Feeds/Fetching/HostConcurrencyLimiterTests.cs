using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Connectors.Tests.Feeds.Fetching;

public sealed class HostConcurrencyLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_third_request_to_one_host_waits_until_a_slot_is_released()
    {
        var limiter = new HostConcurrencyLimiter(2);
        var a = await limiter.AcquireAsync("example.com", Ct);
        var b = await limiter.AcquireAsync("EXAMPLE.com", Ct);

        var third = limiter.AcquireAsync("example.com", Ct);
        var other = await limiter.AcquireAsync("other.example", Ct);
        Assert.False(third.IsCompleted);

        a.Dispose();
        using var c = await third;
        b.Dispose();
        other.Dispose();
        Assert.Equal(1, limiter.TrackedHosts);
    }

    [Fact]
    public async Task Entries_are_dropped_when_idle_so_ten_thousand_hosts_leave_nothing_behind()
    {
        var limiter = new HostConcurrencyLimiter(2);

        for (var i = 0; i < 10_000; i++)
        {
            using var lease = await limiter.AcquireAsync($"host{i}.example", Ct);
        }

        Assert.Equal(0, limiter.TrackedHosts);
    }

    [Fact]
    public async Task A_cancelled_wait_releases_its_place()
    {
        var limiter = new HostConcurrencyLimiter(1);
        var held = await limiter.AcquireAsync("example.com", Ct);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.AcquireAsync("example.com", cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, limiter.TrackedHosts);
    }
}
