using System.Globalization;
using System.Text.Json;

namespace Pantau.Connectors.Demo;

/// <summary>A demo source's settings. <see cref="Speed"/> 0 replays as fast as the pipeline takes it.</summary>
public sealed record DemoSettings(double Speed, bool Loop)
{
    public const double DefaultSpeed = 20;

    /// <summary>How long a scripted customer takes to answer an agent's reply, before <see cref="Speed"/> is applied.</summary>
    public const double DefaultReplyAnswerSeconds = 20;

    /// <summary>The longest <see cref="ReplyAnswerSeconds"/> accepted: a day.</summary>
    public const double MaxReplyAnswerSeconds = 86_400;

    /// <summary>
    /// Seconds before a customer answers an agent's reply (setting <c>replyAnswerSeconds</c>), divided by <see cref="Speed"/>
    /// when that is positive so that a fast demo answers faster; 0 answers at once.
    /// </summary>
    public double ReplyAnswerSeconds { get; init; } = DefaultReplyAnswerSeconds;

    /// <summary>How long after a reply its answer is due: <see cref="ReplyAnswerSeconds"/> sped up like the replay.</summary>
    /// <remarks>At most a year, however slow the replay.</remarks>
    public TimeSpan ReplyAnswerDelay => TimeSpan.FromSeconds(Math.Min(Speed > 0 ? ReplyAnswerSeconds / Speed : ReplyAnswerSeconds, MaxReplyAnswerSeconds * 365));

    public static DemoSettings From(JsonElement settings)
    {
        var speed = DefaultSpeed;
        var loop = true;
        var replyAnswerSeconds = DefaultReplyAnswerSeconds;
        if (settings.ValueKind == JsonValueKind.Object)
        {
            if (settings.TryGetProperty("speed", out var s) && s.ValueKind != JsonValueKind.Null)
            {
                speed = Number(s, "speed", nameof(settings));
            }

            if (settings.TryGetProperty("loop", out var l) && l.ValueKind is JsonValueKind.False)
            {
                loop = false;
            }

            if (settings.TryGetProperty("replyAnswerSeconds", out var r) && r.ValueKind != JsonValueKind.Null)
            {
                replyAnswerSeconds = Number(r, "replyAnswerSeconds", nameof(settings));
            }
        }

        if (speed < 0 || double.IsNaN(speed) || double.IsInfinity(speed))
        {
            throw new ArgumentException($"Demo setting 'speed' must be 0 (as fast as possible) or a positive number; got {speed.ToString(CultureInfo.InvariantCulture)}.", nameof(settings));
        }

        if (replyAnswerSeconds is < 0 or > MaxReplyAnswerSeconds || double.IsNaN(replyAnswerSeconds))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Demo setting 'replyAnswerSeconds' must be between 0 (answer at once) and {MaxReplyAnswerSeconds} seconds; got {replyAnswerSeconds}."),
                nameof(settings));
        }

        return new DemoSettings(speed, loop) { ReplyAnswerSeconds = replyAnswerSeconds };
    }

    private static double Number(JsonElement value, string name, string paramName) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw new ArgumentException($"Demo setting '{name}' must be a number; got {value.GetRawText()}.", paramName),
    };
}
