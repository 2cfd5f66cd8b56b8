namespace Pantau.Core.Care;

/// <summary>A date (in the calendar's zone) that is closed all day, or open only for <see cref="Hours"/> (a half day).</summary>
public sealed record Holiday(DateOnly Date, string Name, IReadOnlyList<OpeningInterval>? Hours = null)
{
    public bool IsHalfDay => Hours is { Count: > 0 };
}
