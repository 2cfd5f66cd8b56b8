namespace Pantau.Core.Care;

/// <summary>A business calendar has no opening within the search horizon, so no deadline can be computed on it.</summary>
public sealed class CalendarNeverOpenException : InvalidOperationException
{
    public CalendarNeverOpenException()
    {
    }

    public CalendarNeverOpenException(string message)
        : base(message)
    {
    }

    public CalendarNeverOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
