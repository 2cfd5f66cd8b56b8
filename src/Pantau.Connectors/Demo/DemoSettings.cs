using System.Globalization;
using System.Text.Json;

namespace Pantau.Connectors.Demo;

/// <summary>A demo source's settings. <see cref="Speed"/> 0 replays as fast as the pipeline takes it.</summary>
public sealed record DemoSettings(double Speed, bool Loop)
{
    public const double DefaultSpeed = 20;

    public static DemoSettings From(JsonElement settings)
    {
        var speed = DefaultSpeed;
        var loop = true;
        if (settings.ValueKind == JsonValueKind.Object)
        {
            if (settings.TryGetProperty("speed", out var s) && s.ValueKind != JsonValueKind.Null)
            {
                speed = s.ValueKind switch
                {
                    JsonValueKind.Number => s.GetDouble(),
                    JsonValueKind.String when double.TryParse(s.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
                    _ => throw new ArgumentException($"Demo setting 'speed' must be a number; got {s.GetRawText()}.", nameof(settings)),
                };
            }

            if (settings.TryGetProperty("loop", out var l) && l.ValueKind is JsonValueKind.False)
            {
                loop = false;
            }
        }

        if (speed < 0 || double.IsNaN(speed) || double.IsInfinity(speed))
        {
            throw new ArgumentException($"Demo setting 'speed' must be 0 (as fast as possible) or a positive number; got {speed}.", nameof(settings));
        }

        return new DemoSettings(speed, loop);
    }
}
