namespace Pantau.Core.Care;

/// <summary>A holiday list line that cannot be read; the message starts with the line number.</summary>
public sealed class HolidayListFormatException : FormatException
{
    public HolidayListFormatException()
    {
    }

    public HolidayListFormatException(string message)
        : base(message)
    {
    }

    public HolidayListFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public HolidayListFormatException(int line, string message)
        : base($"Line {line}: {message}")
    {
        Line = line;
    }

    /// <summary>1-based line number of the bad line.</summary>
    public int Line { get; }
}
