namespace Pantau.Connectors.Feeds.Opml;

/// <summary>One feed of an OPML subscription list: its address, its title, the site, and the folder it was filed under.</summary>
public sealed record OpmlFeed(string XmlUrl, string? Title, string? HtmlUrl, string? Category);
