using Pantau.Core.Alerts;

namespace Pantau.Core.Tests.Alerts;

public sealed class StorySpreadTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 3, 10, 0, 0, TimeSpan.FromHours(7));
    private static readonly StorySpreadDetector Detector = new();

    /// <summary>The activity clustering would report right after copy <paramref name="upTo"/> (1-based) of the copies given.</summary>
    private static StoryActivity After(List<(DateTimeOffset At, string Author, long Reach)> copies, int upTo)
    {
        var seen = copies.Take(upTo).ToList();
        var now = seen[^1].At;
        var window = Detector.Rule.Window;
        return new StoryActivity(
            7, Posts.WorkspaceA, seen.Count,
            seen.Count(c => c.At > now - window),
            seen.Count(c => c.At <= now - window && c.At > now - (2 * window)),
            seen.Select(c => c.Author).Distinct().Count(),
            seen.Max(c => c.Reach),
            seen[0].At, now)
        {
            MaxCarrierReach = seen.Skip(1).Select(c => c.Reach).DefaultIfEmpty(0).Max(),
            NegativeCopies = seen.Count,
            OriginalContentWords = 30,
        };
    }

    private static int FirstAlertedCopy(List<(DateTimeOffset, string, long)> copies) =>
        Enumerable.Range(1, copies.Count).FirstOrDefault(n => Detector.Evaluate(After(copies, n)).IsSpreading);

    [Theory]
    [InlineData("even")]
    [InlineData("accelerating")]
    public void A_story_growing_to_twenty_copies_in_thirty_minutes_is_alerted_before_its_tenth(string shape)
    {
        var copies = Enumerable.Range(0, 20)
            .Select(i => (T0.AddMinutes(shape == "even" ? i * 30.0 / 19 : 30 * Math.Pow(i / 19.0, 3)), $"author{i}", 500L))
            .ToList();
        var first = FirstAlertedCopy(copies);
        output.WriteLine($"{shape}: alerted at copy {first}");
        Assert.InRange(first, 1, 9);
    }

    [Fact]
    public void One_account_posting_the_same_text_twenty_times_is_not_spreading()
    {
        var copies = Enumerable.Range(0, 20).Select(i => (T0.AddMinutes(i), "spammer", 300L)).ToList();
        Assert.Equal(0, FirstAlertedCopy(copies));
    }

    [Fact]
    public void An_influencer_with_a_second_copy_alerts_and_severity_grows_with_copies_and_reach()
    {
        var activity = new StoryActivity(7, Posts.WorkspaceA, 2, 1, 1, 2, 250_000, T0, T0.AddHours(3)) { MaxCarrierReach = 250_000, NegativeCopies = 2 };
        var reading = Detector.Evaluate(activity);
        Assert.Equal(StorySpreadReason.Influencer, reading.Reason);
        Assert.Equal(AlertSeverity.Medium, reading.Severity);
        Assert.False(Detector.Evaluate(activity with { TotalCopies = 1 }).IsSpreading);
        Assert.Equal(AlertSeverity.High, Detector.Evaluate(activity with { MaxAuthorReach = 2_000_000 }).Severity);

        var growing = new StoryActivity(7, Posts.WorkspaceA, 25, 20, 5, 18, 5_000, T0, T0.AddMinutes(50)) { NegativeCopies = 20, OriginalContentWords = 40 };
        Assert.Equal((StorySpreadReason.FastGrowth, AlertSeverity.High), (Detector.Evaluate(growing).Reason, Detector.Evaluate(growing).Severity));
        Assert.Equal(AlertSeverity.Critical, Detector.Evaluate(growing with { TotalCopies = 150, CopiesInWindow = 100, CopiesInPreviousWindow = 40, NegativeCopies = 150 }).Severity);
        Assert.False(Detector.Evaluate(growing with { CopiesInPreviousWindow = 11 }).IsSpreading); // steady, not doubling
    }

    [Fact]
    public void A_story_that_is_neither_negative_nor_risky_spreads_without_an_alert()
    {
        var growing = new StoryActivity(7, Posts.WorkspaceA, 25, 20, 5, 18, 5_000, T0, T0.AddMinutes(50)) { NegativeCopies = 3, OriginalContentWords = 40 };
        Assert.False(Detector.Evaluate(growing).IsSpreading);
        Assert.True(Detector.Evaluate(growing with { Risky = true }).IsSpreading);
        Assert.True(Detector.Evaluate(growing with { NegativeCopies = 13 }).IsSpreading);
        Assert.True(new StorySpreadDetector(new StorySpreadRule { RequireConcern = false }).Evaluate(growing).IsSpreading);
    }

    [Fact]
    public void Short_look_alike_posts_are_not_copies_unless_they_repost_quote_or_link()
    {
        var shortTexts = new StoryActivity(7, Posts.WorkspaceA, 25, 20, 5, 18, 5_000, T0, T0.AddMinutes(50)) { NegativeCopies = 25, OriginalContentWords = 8 };
        Assert.False(Detector.Evaluate(shortTexts).IsSpreading);
        Assert.True(Detector.Evaluate(shortTexts with { CopiesJoinedByLink = 12 }).IsSpreading);
    }

    [Fact]
    public void An_influencer_counts_when_carrying_a_story_not_when_starting_it()
    {
        var article = new StoryActivity(7, Posts.WorkspaceA, 2, 2, 0, 2, 2_000_000, T0, T0.AddMinutes(5)) { MaxCarrierReach = 300, NegativeCopies = 2 };
        Assert.False(Detector.Evaluate(article).IsSpreading);
        var pickedUp = article with { MaxCarrierReach = 2_000_000 };
        Assert.Equal(StorySpreadReason.Influencer, Detector.Evaluate(pickedUp).Reason);
    }
}
