using Pantau.Core.Stories;

namespace Pantau.Core.Tests.Stories;

public sealed class StoryGrowthTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 12, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Fact]
    public void Counts_the_window_and_the_one_before_and_estimates_the_doubling_time()
    {
        // 2 copies an hour ago, 2 in the previous half hour, 4 in the last one, 1 after now (not counted).
        var times = new[] { -70, -65, -50, -40, -25, -20, -10, -1, 5 }.Select(m => Now.AddMinutes(m)).ToList();

        var growth = StoryGrowth.Measure(times, Now, HalfHour);

        Assert.Equal((8, 4, 2), (growth.Total, growth.InWindow, growth.InPreviousWindow));
        Assert.Equal(2.0, growth.GrowthRatio);
        Assert.Equal(HalfHour, growth.DoublingTime); // 4 before the window, 8 now: doubled in one window
    }

    [Fact]
    public void A_new_story_has_no_ratio_or_doubling_time_and_a_quiet_one_no_doubling_time()
    {
        var fresh = StoryGrowth.Measure([Now.AddMinutes(-5)], Now, HalfHour);
        var quiet = StoryGrowth.Measure([Now.AddHours(-5)], Now, HalfHour);

        Assert.Equal((1, null, null), (fresh.InWindow, fresh.GrowthRatio, fresh.DoublingTime));
        Assert.Equal((0, 0.0, null), (quiet.InWindow, quiet.GrowthRatio ?? 0.0, quiet.DoublingTime));
    }

    [Fact]
    public void Reports_the_reach_in_the_window_and_the_copy_with_the_largest_reach()
    {
        var copies = new[]
        {
            new StoryCopy(Now.AddHours(-2), 90_000, "media_besar"),
            new StoryCopy(Now.AddMinutes(-10), 1_200, "budi"),
            new StoryCopy(Now.AddMinutes(-5), 300, "sari"),
        };

        var growth = StoryGrowth.Measure(copies, Now, HalfHour);

        Assert.Equal(1_500, growth.ReachInWindow);
        Assert.Equal("media_besar", growth.PeakReach?.Author);
    }
}
