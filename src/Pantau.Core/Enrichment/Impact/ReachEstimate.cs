using Pantau.Core.Posts;

namespace Pantau.Core.Enrichment;

/// <summary>How many people a post can reach, for <see cref="ImpactScore"/>.</summary>
/// <remarks>
/// In order: the author's followers or subscribers when the source gave a count above zero; for news and blog posts
/// (a feed source, or a post whose network is news or blog) the audience of the site from <see cref="SiteAudiences"/>,
/// or <see cref="UnknownSite"/> when the site is not in the table; otherwise zero, because an unknown social author
/// may have no audience at all.
/// </remarks>
public static class ReachEstimate
{
    /// <summary>Reach of a news or blog post on a site that is not in <see cref="SiteAudiences"/>.</summary>
    public const long UnknownSite = 100;

    public static long For(RawPost raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Author.Followers is > 0 and var followers)
        {
            return followers;
        }

        return IsNewsOrBlog(raw) ? SiteAudiences.For(raw.Url) ?? UnknownSite : 0;
    }

    /// <summary>A post from a feed source, or whose network is news, blog or feed.</summary>
    public static bool IsNewsOrBlog(RawPost raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        return string.Equals(raw.SourceKind, SourceKinds.Feed, StringComparison.OrdinalIgnoreCase)
            || string.Equals(raw.Network, "news", StringComparison.OrdinalIgnoreCase)
            || string.Equals(raw.Network, "blog", StringComparison.OrdinalIgnoreCase)
            || string.Equals(raw.Network, SourceKinds.Feed, StringComparison.OrdinalIgnoreCase);
    }
}
