using System.Globalization;
using Pantau.Core.Care;

namespace Pantau.Core.Tests.Care;

/// <summary>Case timelines written as "2026-12-04 16:55 customer; 2026-12-07 08:30 public" (WIB).</summary>
internal static class Timelines
{
    public static CaseEvent[] Parse(string text) =>
        [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Event)];

    /// <summary>One cycle as "Metric/cycle=State@due" (due "-" when null), for table comparisons.</summary>
    public static string Describe(SlaCycle cycle) =>
        $"{cycle.Metric}/{cycle.Cycle}={cycle.State}@{(cycle.DueAt is { } due ? TimeZoneInfo.ConvertTime(due, Calendars.Wib).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "-")}";

    private static CaseEvent Event(string text)
    {
        var at = Calendars.Jakarta(text[..16]);
        var kind = text[17..] switch
        {
            "customer" => CaseEventKind.CustomerMessage,
            "public" => CaseEventKind.PublicReply,
            "private" => CaseEventKind.PrivateReply,
            "note" => CaseEventKind.InternalNote,
            "pending" => CaseEventKind.Pending,
            "open" => CaseEventKind.Opened,
            "resolved" => CaseEventKind.Resolved,
            "reopen" => CaseEventKind.Reopened,
            "closed" => CaseEventKind.Closed,
            var other => throw new ArgumentException($"Unknown event '{other}'.", nameof(text)),
        };
        return new CaseEvent(at, kind);
    }
}
