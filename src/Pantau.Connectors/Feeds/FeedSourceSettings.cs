using System.Text.Json;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Feeds;

/// <summary>
/// A feed source's settings: <c>{"url": "https://…/feed", "network": "news"}</c>. <c>network</c> says what the feed
/// carries (<c>news</c>, <c>blog</c>, <c>forum</c>, or <c>feed</c> when unknown), for reach and for filters.
/// </summary>
public sealed record FeedSourceSettings(Uri Url, string Network)
{
    public static readonly IReadOnlyList<string> Networks = ["feed", "news", "blog", "forum", "comments"];

    /// <exception cref="FormatException">The settings lack a usable URL or name an unknown network; the message names the field.</exception>
    public static FeedSourceSettings From(JsonElement settings)
    {
        if (settings.ValueKind != JsonValueKind.Object
            || !settings.TryGetProperty("url", out var url) || url.ValueKind != JsonValueKind.String)
        {
            throw new FormatException("settings.url: the feed's address is required.");
        }

        var text = url.GetString()!.Trim();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || text.Length > 2000)
        {
            throw new FormatException("settings.url: an http or https address of at most 2,000 characters is required.");
        }

        var network = SourceKinds.Feed;
        if (settings.TryGetProperty("network", out var given) && given.ValueKind == JsonValueKind.String)
        {
            network = given.GetString()!.Trim().ToLowerInvariant();
            if (!Networks.Contains(network))
            {
                throw new FormatException($"settings.network: one of {string.Join(", ", Networks)}.");
            }
        }

        return new FeedSourceSettings(uri, network);
    }

    public static JsonElement ToJson(Uri url, string network) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["url"] = url.AbsoluteUri, ["network"] = network });
}
