namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>A feed that cannot be read at all; the message starts with "line N:" and says what is wrong.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException()
    {
    }

    public FeedParseException(string message)
        : base(message)
    {
    }

    public FeedParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FeedParseException(int line, int column, string problem, Exception? innerException = null)
        : base(FormattableString.Invariant($"line {line}: {problem}"), innerException)
    {
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem, 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>The problem without the line prefix.</summary>
    public string? Problem { get; }
}
