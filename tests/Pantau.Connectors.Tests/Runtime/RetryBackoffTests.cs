using Pantau.Connectors.Runtime;

namespace Pantau.Connectors.Tests.Runtime;

public sealed class RetryBackoffTests
{
    [Theory]
    [InlineData(1, 0.0, 500)]
    [InlineData(1, 1.0, 1000)]
    [InlineData(2, 0.0, 1000)]
    [InlineData(2, 1.0, 2000)]
    [InlineData(3, 0.5, 3000)]
    [InlineData(5, 1.0, 16000)]
    public void Delay_doubles_with_each_failure_and_jitter_takes_up_to_half_off(int failures, double jitter, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryBackoff.Delay(failures, jitter));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(21)]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public void Delay_never_exceeds_the_cap(int failures)
    {
        Assert.Equal(RetryBackoff.Cap, RetryBackoff.Delay(failures, 1));
        Assert.Equal(RetryBackoff.Cap / 2, RetryBackoff.Delay(failures, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Delay_treats_no_failures_like_the_first(int failures)
    {
        Assert.Equal(RetryBackoff.Delay(1, 0.3), RetryBackoff.Delay(failures, 0.3));
    }

    [Theory]
    [InlineData(-1.0, 0.0)]
    [InlineData(7.0, 1.0)]
    [InlineData(double.PositiveInfinity, 1.0)]
    public void Jitter_outside_zero_to_one_is_clamped(double jitter, double clamped)
    {
        Assert.Equal(RetryBackoff.Delay(4, clamped), RetryBackoff.Delay(4, jitter));
    }

    [Fact]
    public void Delay_never_shrinks_as_failures_grow()
    {
        var previous = TimeSpan.Zero;
        for (var failures = 1; failures < 40; failures++)
        {
            var delay = RetryBackoff.Delay(failures, 0.7);
            Assert.True(delay >= previous, $"failure {failures}: {delay} < {previous}");
            Assert.True(delay > TimeSpan.Zero);
            previous = delay;
        }
    }
}
