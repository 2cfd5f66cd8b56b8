using System.Text;

namespace Pantau.Core.Stories;

/// <summary>
/// The form of a shared link that two posts must have alike to join one story: host in lower case without "www.",
/// scheme, fragment, trailing slash and tracking parameters (<c>utm_*</c>, <c>fbclid</c>, <c>gclid</c>) dropped.
/// </summary>
public static class StoryLink
{
    /// <summary>
    /// The normalised link, or null when it is not one (unparseable, not http) or is a site's home page: a brand's home
    /// page is linked from unrelated posts all day and says nothing about which story a post belongs to.
    /// </summary>
    public static string? Normalise(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var text = url.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "http://" + url : url;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.Length == 0)
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var builder = new StringBuilder(host.Length + path.Length + uri.Query.Length);
        builder.Append(host);
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.Append(path);
        var separator = '?';
        foreach (var parameter in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsTracking(parameter))
            {
                continue;
            }

            builder.Append(separator).Append(parameter);
            separator = '&';
        }

        return builder.ToString();
    }

    private static bool IsTracking(string parameter) =>
        parameter.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
        || parameter.StartsWith("fbclid", StringComparison.OrdinalIgnoreCase)
        || parameter.StartsWith("gclid", StringComparison.OrdinalIgnoreCase);
}
