using System.Globalization;
using System.Text.Json;
using Pantau.Core.Alerts;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>
/// A channel's quiet hours as the API writes them and <see cref="Data.Entities.AlertChannel.QuietHoursJson"/> stores them:
/// <c>{"start":"22:00","end":"07:00","timeZone":"Asia/Jakarta","days":null,"holdsCritical":false}</c>. Days, when given, are
/// the English day names a quiet period starts on.
/// </summary>
public sealed record ChannelQuietHours(string? Start, string? End, string? TimeZone, IReadOnlyList<string>? Days, bool HoldsCritical)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored quiet hours, or null for none (or unreadable ones, which then hold nothing).</summary>
    public static ChannelQuietHours? FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ChannelQuietHours>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The Core quiet hours, or the field and message of what is wrong.</summary>
    public (QuietHours? Hours, string? Field, string? Error) ToQuietHours()
    {
        if (!TimeOnly.TryParseExact(Start ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return (null, "quietHours.start", "start is a time as HH:mm, e.g. 22:00.");
        }

        if (!TimeOnly.TryParseExact(End ?? "", "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return (null, "quietHours.end", "end is a time as HH:mm, e.g. 07:00.");
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(string.IsNullOrWhiteSpace(TimeZone) ? "Asia/Jakarta" : TimeZone.Trim(), out var zone))
        {
            return (null, "quietHours.timeZone", $"'{TimeZone}' is not a known time zone (an IANA id such as Asia/Jakarta).");
        }

        var days = new HashSet<DayOfWeek>();
        foreach (var day in Days ?? [])
        {
            if (!Enum.TryParse<DayOfWeek>(day, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(day, CultureInfo.InvariantCulture, out _))
            {
                return (null, "quietHours.days", $"'{day}' is not a day (monday … sunday).");
            }

            days.Add(parsed);
        }

        return (new QuietHours(start, end, zone) { Days = days.Count > 0 ? days : null, HoldsCritical = HoldsCritical }, null, null);
    }

    /// <summary>The stored quiet hours as Core quiet hours, or null for none.</summary>
    public static QuietHours? Parse(string? json) => FromJson(json)?.ToQuietHours().Hours;
}
