using System.Collections.Frozen;

namespace Pantau.Core.Enrichment;

/// <summary>
/// A rough audience for one article on the major Indonesian news portals and blog platforms, used as reach when a news
/// or blog post has no follower count.
/// </summary>
/// <remarks>
/// <para><b>These numbers are not measured.</b> They are order-of-magnitude guesses of how many people read one
/// article (three tiers for news portals by their relative size in Indonesia, and small figures for blog platforms,
/// where a post on a personal blog is read by few), so that a story on detik.com outweighs one on a small blog by a
/// factor that is about right on the logarithmic scale <see cref="ImpactScore"/> uses. Replace them with measured
/// figures when there are any; do not quote them as audiences.</para>
/// <para>A host matches its own entry or the entry of any domain it is under: news.detik.com, m.detik.com and
/// detik.com all read as detik.com; someone.blogspot.com as blogspot.com.</para>
/// </remarks>
public static class SiteAudiences
{
    private const long LargePortal = 100_000;
    private const long Portal = 30_000;
    private const long SmallPortal = 10_000;

    private static readonly FrozenDictionary<string, long> ByDomain = new Dictionary<string, long>(StringComparer.Ordinal)
    {
        // The largest national portals.
        ["detik.com"] = LargePortal,
        ["kompas.com"] = LargePortal,
        ["tribunnews.com"] = LargePortal,
        ["cnnindonesia.com"] = LargePortal,
        ["liputan6.com"] = LargePortal,
        ["kumparan.com"] = LargePortal,
        ["okezone.com"] = LargePortal,
        ["sindonews.com"] = LargePortal,
        ["suara.com"] = LargePortal,
        ["idntimes.com"] = LargePortal,
        ["merdeka.com"] = LargePortal,
        ["cnbcindonesia.com"] = LargePortal,
        ["grid.id"] = LargePortal,
        ["viva.co.id"] = LargePortal,

        // Other national portals, business and wire.
        ["tempo.co"] = Portal,
        ["tirto.id"] = Portal,
        ["antaranews.com"] = Portal,
        ["republika.co.id"] = Portal,
        ["jawapos.com"] = Portal,
        ["inews.id"] = Portal,
        ["kontan.co.id"] = Portal,
        ["bisnis.com"] = Portal,
        ["katadata.co.id"] = Portal,
        ["jpnn.com"] = Portal,
        ["pikiran-rakyat.com"] = Portal,
        ["kapanlagi.com"] = Portal,
        ["brilio.net"] = Portal,
        ["mediaindonesia.com"] = Portal,
        ["beritasatu.com"] = Portal,
        ["kompas.id"] = Portal,
        ["kompas.tv"] = Portal,
        ["metrotvnews.com"] = Portal,

        // English-language, regional and niche.
        ["thejakartapost.com"] = SmallPortal,
        ["jakartaglobe.id"] = SmallPortal,
        ["wartaekonomi.co.id"] = SmallPortal,
        ["investor.id"] = SmallPortal,
        ["mojok.co"] = SmallPortal,
        ["solopos.com"] = SmallPortal,
        ["harianjogja.com"] = SmallPortal,
        ["fajar.co.id"] = SmallPortal,

        // Blog platforms: a post's audience, not the platform's.
        ["kompasiana.com"] = 3_000,
        ["medium.com"] = 1_000,
        ["substack.com"] = 1_000,
        ["blogspot.com"] = 300,
        ["blogger.com"] = 300,
        ["wordpress.com"] = 300,
        ["tumblr.com"] = 300,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The domains in the table and their audience per article.</summary>
    public static IReadOnlyDictionary<string, long> All => ByDomain;

    /// <summary>The audience per article of the site <paramref name="url"/> is on, or null when the site is not in the table.</summary>
    public static long? For(string? url)
    {
        var host = HostOf(url);
        if (host is null)
        {
            return null;
        }

        var lookup = ByDomain.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<char> rest = host;
        while (true)
        {
            if (lookup.TryGetValue(rest, out var audience))
            {
                return audience;
            }

            var dot = rest.IndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            rest = rest[(dot + 1)..];
        }
    }

    /// <summary>The lower-case host of an absolute URL, or of "detik.com/…" written without a scheme; null when there is none.</summary>
    internal static string? HostOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        url = url.Trim();
        if ((Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            || (!url.Contains("://", StringComparison.Ordinal) && Uri.TryCreate("https://" + url, UriKind.Absolute, out uri)))
        {
            var host = uri.IdnHost.TrimEnd('.');
            return host.Length == 0 ? null : host.ToLowerInvariant();
        }

        return null;
    }
}
