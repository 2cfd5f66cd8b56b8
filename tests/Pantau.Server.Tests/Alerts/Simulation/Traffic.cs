using Pantau.Core.Enrichment;

namespace Pantau.Server.Tests.Alerts.Simulation;

/// <summary>
/// Ordinary mention traffic for a brand: a daily cycle in Jakarta (quiet nights, busy office hours, a second wind in the
/// evening), quieter weekends, Poisson noise, and per-sentiment peak rates per hour.
/// </summary>
internal sealed class Traffic(Random random, IReadOnlyDictionary<Sentiment, IReadOnlyList<string>> texts)
{
    private static readonly TimeSpan Jakarta = TimeSpan.FromHours(7);

    public Dictionary<Sentiment, double> PeakPerHour { get; init; } = new()
    {
        [Sentiment.Negative] = 60,
        [Sentiment.Positive] = 40,
        [Sentiment.Neutral] = 60,
    };

    public static double DailyShape(DateTimeOffset at)
    {
        var local = at.ToOffset(Jakarta);
        var shape = local.Hour switch
        {
            < 6 => 0.1,
            < 9 => 0.5,
            < 18 => 1.0,
            < 23 => 0.75,
            _ => 0.3,
        };
        return local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? shape * 0.7 : shape;
    }

    /// <summary>The expected mentions of a sentiment in the hour starting at <paramref name="hour"/>, times a level.</summary>
    public double Rate(DateTimeOffset hour, Sentiment sentiment, double level = 1.0) =>
        PeakPerHour.GetValueOrDefault(sentiment) * DailyShape(hour) * level;

    public int Poisson(double lambda)
    {
        if (lambda <= 0)
        {
            return 0;
        }

        if (lambda > 60)
        {
            // A normal approximation for large means keeps the loop short.
            var u1 = 1.0 - random.NextDouble();
            var u2 = random.NextDouble();
            var z = Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, (int)Math.Round(lambda + (z * Math.Sqrt(lambda))));
        }

        var limit = Math.Exp(-lambda);
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= random.NextDouble();
        }
        while (p > limit);
        return k - 1;
    }

    /// <summary>
    /// A text of the sentiment with a dozen words of other texts of that sentiment after it. The demo corpus is written from
    /// templates (the same outage in different districts); drawn thousands of times a day as it is, it would look like stories
    /// spreading, which ordinary traffic is not.
    /// </summary>
    public string Text(Sentiment sentiment)
    {
        var list = texts.TryGetValue(sentiment, out var l) && l.Count > 1 ? l : texts.Values.First(v => v.Count > 1);
        var words = Enumerable.Range(0, 12).Select(_ =>
        {
            var other = list[random.Next(list.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return other[random.Next(other.Length)];
        });
        return list[random.Next(list.Count)] + " — " + string.Join(' ', words);
    }

    /// <summary>Posts for one step of <paramref name="length"/> starting at <paramref name="from"/>, spread over it.</summary>
    public List<Pantau.Core.Posts.RawPost> Step(AlertSimulation simulation, DateTimeOffset from, TimeSpan length, Func<Sentiment, double> perHour)
    {
        var posts = new List<Pantau.Core.Posts.RawPost>();
        foreach (var sentiment in Enum.GetValues<Sentiment>())
        {
            var n = Poisson(perHour(sentiment) * length.TotalHours);
            for (var i = 0; i < n; i++)
            {
                var at = from + (length * random.NextDouble());
                posts.Add(simulation.Post(Text(sentiment), "user" + random.Next(100_000).ToString(System.Globalization.CultureInfo.InvariantCulture), random.Next(50, 20_000), at: at));
            }
        }

        return posts;
    }

    /// <summary>Hourly history for the weeks before <paramref name="start"/>, each week back 20 % smaller (steady growth).</summary>
    public Task SeedHistoryAsync(AlertSimulation simulation, DateTimeOffset start, int weeks) =>
        simulation.SeedHistoryAsync(start - TimeSpan.FromDays(7 * weeks), start, (hour, sentiment) =>
        {
            var weeksBack = (int)Math.Ceiling((start - hour).TotalDays / 7);
            return Poisson(Rate(hour, sentiment, Math.Pow(1.2, -weeksBack)));
        });
}
