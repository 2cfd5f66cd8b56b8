namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>A media object of an item: media:content, an RSS enclosure, an Atom rel="enclosure" or a JSON attachment.</summary>
public sealed record FeedMedia(string Url, string? Type, string? Title, string? ThumbnailUrl);
