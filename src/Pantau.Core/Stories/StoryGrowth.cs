namespace Pantau.Core.Stories;

/// <summary>
/// How fast a story spreads at <see cref="StoryGrowth.Measure(IReadOnlyList{StoryCopy}, DateTimeOffset, TimeSpan)"/>'s
/// <c>now</c>: copies in the last window and in the window before it, their ratio, the time the story's size takes to
/// double at the last window's pace, and the copy with the largest reach. Copies after <c>now</c> are not counted.
/// </summary>
/// <param name="Total">Copies published up to now.</param>
/// <param name="InWindow">Copies in (now − window, now].</param>
/// <param name="InPreviousWindow">Copies in (now − 2·window, now − window].</param>
/// <param name="GrowthRatio"><see cref="InWindow"/> / <see cref="InPreviousWindow"/>; null when the previous window is empty.</param>
/// <param name="DoublingTime">
/// window · ln 2 / ln(Total / (Total − InWindow)): how long the story took to double in size at the last window's pace;
/// null when it was empty before the window (it is new) or has not grown.
/// </param>
/// <param name="ReachInWindow">Summed reach of the copies in the window.</param>
/// <param name="PeakReach">The copy with the largest reach up to now; null when there is none.</param>
public sealed record StoryGrowth(
    int Total,
    int InWindow,
    int InPreviousWindow,
    double? GrowthRatio,
    TimeSpan? DoublingTime,
    long ReachInWindow,
    StoryCopy? PeakReach)
{
    public static StoryGrowth Measure(IReadOnlyList<DateTimeOffset> times, DateTimeOffset now, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(times);
        var copies = new StoryCopy[times.Count];
        for (var i = 0; i < copies.Length; i++)
        {
            copies[i] = new StoryCopy(times[i]);
        }

        return Measure(copies, now, window);
    }

    public static StoryGrowth Measure(IReadOnlyList<StoryCopy> copies, DateTimeOffset now, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(copies);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var windowStart = now - window;
        var previousStart = windowStart - window;
        int total = 0, inWindow = 0, inPrevious = 0;
        long reachInWindow = 0;
        StoryCopy? peak = null;
        foreach (var copy in copies)
        {
            if (copy.PublishedAt > now)
            {
                continue;
            }

            total++;
            if (copy.PublishedAt > windowStart)
            {
                inWindow++;
                reachInWindow += copy.Reach;
            }
            else if (copy.PublishedAt > previousStart)
            {
                inPrevious++;
            }

            if (peak is null || copy.Reach > peak.Value.Reach)
            {
                peak = copy;
            }
        }

        double? ratio = inPrevious == 0 ? null : (double)inWindow / inPrevious;
        var before = total - inWindow;
        TimeSpan? doubling = before == 0 || inWindow == 0
            ? null
            : window * (Math.Log(2) / Math.Log((double)total / before));
        return new StoryGrowth(total, inWindow, inPrevious, ratio, doubling, reachInWindow, peak);
    }
}
