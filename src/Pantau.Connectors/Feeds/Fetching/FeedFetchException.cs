using System.Net;

namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>A fetch that failed, with a message fit for the source's health display.</summary>
public sealed class FeedFetchException : Exception
{
    public FeedFetchException(FeedFetchErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    public FeedFetchException()
        : this(FeedFetchErrorKind.Network, "the feed could not be fetched")
    {
    }

    public FeedFetchException(string message)
        : this(FeedFetchErrorKind.Network, message)
    {
    }

    public FeedFetchException(string message, Exception innerException)
        : this(FeedFetchErrorKind.Network, message, innerException)
    {
    }

    public FeedFetchErrorKind Kind { get; }

    public HttpStatusCode? Status { get; init; }

    /// <summary>How long the server asked us to wait, if it said so.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public Uri? Url { get; init; }
}
