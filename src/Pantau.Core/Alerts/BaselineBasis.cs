namespace Pantau.Core.Alerts;

/// <summary>Which history a baseline was taken from, from the most to the least specific.</summary>
public enum BaselineBasis
{
    /// <summary>The same local hour of the same weekday over past weeks.</summary>
    HourOfWeek = 0,

    /// <summary>Less than a week of history: the same local hour over the past days.</summary>
    HourOfDay = 1,

    /// <summary>Almost no history: the floor.</summary>
    Floor = 2,
}
