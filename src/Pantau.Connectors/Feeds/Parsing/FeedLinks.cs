namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>Makes feed links absolute against the base in scope (xml:base, else the feed URL).</summary>
internal static class FeedLinks
{
    /// <summary>
    /// An absolute http(s) URL, or the relative text as given when there is no base to resolve it against, or null for
    /// an empty value or another scheme (javascript:, data:, file: have no business in a feed link).
    /// </summary>
    public static string? Resolve(string? raw, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        raw = raw.Trim();
        if (Uri.TryCreate(raw, UriKind.Absolute, out var absolute) && !IsUnixPathMistakenForFile(raw, absolute))
        {
            return IsWeb(absolute) ? absolute.AbsoluteUri : null;
        }

        if (baseUri is not null && Uri.TryCreate(baseUri, raw, out var resolved))
        {
            return IsWeb(resolved) ? resolved.AbsoluteUri : null;
        }

        return raw;
    }

    /// <summary>The base for what is inside an element: its xml:base resolved against the inherited one.</summary>
    public static Uri? Combine(Uri? inherited, string? xmlBase)
    {
        if (string.IsNullOrWhiteSpace(xmlBase))
        {
            return inherited;
        }

        xmlBase = xmlBase.Trim();
        if (Uri.TryCreate(xmlBase, UriKind.Absolute, out var absolute) && !IsUnixPathMistakenForFile(xmlBase, absolute))
        {
            return IsWeb(absolute) ? absolute : inherited;
        }

        return inherited is not null && Uri.TryCreate(inherited, xmlBase, out var resolved) ? resolved : inherited;
    }

    private static bool IsWeb(Uri uri) => uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp;

    // On Unix, "/2024/post" parses as an absolute file: URI; in a feed it is a path relative to the site.
    private static bool IsUnixPathMistakenForFile(string raw, Uri uri) => uri.IsFile && raw.StartsWith('/');
}
