using Pantau.Core.Posts;
using Pantau.Core.Text;

namespace Pantau.Core.Queries;

/// <summary>How the metadata fields of a query (site:, url:, source:, lang:, country:, is:, followers:) read a post.</summary>
public static class PostValues
{
    public static bool Matches(ValueNode node, RawPost post)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(post);
        return node.Field switch
        {
            ValueField.Site => Host(post) is { } host && IsSameOrSubdomain(host, node.Value),
            ValueField.Url => post.Url is not null && TextNormaliser.Fold(post.Url).Contains(node.Value, StringComparison.Ordinal),
            ValueField.Source => Is(post.Network, node.Value) || Is(post.SourceKind, node.Value),
            ValueField.Language => Is(post.Language, node.Value),
            ValueField.Country => Is(post.Country, node.Value),
            _ => node.Value switch
            {
                "reply" => post.InReplyToExternalId is not null,
                "repost" => post.RepostOfExternalId is not null,
                _ => post.QuoteOfExternalId is not null,
            },
        };
    }

    public static bool Matches(FollowersNode node, RawPost post)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(post);
        return post.Author.Followers is { } followers && (node.Min is null || followers >= node.Min) && (node.Max is null || followers <= node.Max);
    }

    /// <summary>The lower-case host of the post's URL, without a leading "www.", or null.</summary>
    public static string? Host(RawPost post)
    {
        ArgumentNullException.ThrowIfNull(post);
        if (post.Url is null || !Uri.TryCreate(post.Url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    public static bool IsSameOrSubdomain(string host, string domain)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(domain);
        var d = Domain(domain);
        return host == d || (host.Length > d.Length && host.EndsWith(d, StringComparison.Ordinal) && host[^(d.Length + 1)] == '.');
    }

    /// <summary>The domain a site: value stands for: "www.detik.com" is detik.com, as hosts are read without "www.".</summary>
    public static string Domain(string site)
    {
        ArgumentNullException.ThrowIfNull(site);
        return site.StartsWith("www.", StringComparison.Ordinal) ? site[4..] : site;
    }

    private static bool Is(string? actual, string wanted) => actual is not null && string.Equals(actual, wanted, StringComparison.OrdinalIgnoreCase);
}
