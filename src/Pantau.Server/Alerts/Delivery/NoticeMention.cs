namespace Pantau.Server.Alerts.Delivery;

/// <summary>A mention quoted in an alert. Everything here was written or chosen by a stranger, the URL too.</summary>
public sealed record NoticeMention(
    string Network,
    string AuthorName,
    string? AuthorHandle,
    long Reach,
    string Excerpt,
    Uri? Url,
    DateTimeOffset PublishedAt,
    string Sentiment);
