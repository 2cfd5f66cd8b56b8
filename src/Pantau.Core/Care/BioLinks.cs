namespace Pantau.Core.Care;

/// <summary>
/// Whether a profile bio points at an account: its profile URL, its "@handle", or a "network.com/handle" link, case-insensitively
/// and as whole handles only ("@ani" is not in "@ani_s" nor in "ani@example.com").
/// </summary>
internal static class BioLinks
{
    private static readonly Dictionary<string, string[]> Domains = new(StringComparer.OrdinalIgnoreCase)
    {
        ["x"] = ["x.com", "twitter.com"],
        ["twitter"] = ["twitter.com", "x.com"],
        ["instagram"] = ["instagram.com", "instagr.am"],
        ["facebook"] = ["facebook.com", "fb.com"],
        ["tiktok"] = ["tiktok.com"],
        ["youtube"] = ["youtube.com"],
        ["threads"] = ["threads.net", "threads.com"],
        ["linkedin"] = ["linkedin.com/in"],
        ["github"] = ["github.com"],
        ["bluesky"] = ["bsky.app/profile"],
        ["reddit"] = ["reddit.com/user", "reddit.com/u"],
    };

    /// <summary>The text in <paramref name="bio"/> that points at <paramref name="account"/>, or null.</summary>
    public static string? Find(string? bio, ContactAccount account)
    {
        if (string.IsNullOrWhiteSpace(bio))
        {
            return null;
        }

        var handle = Handle(account.Handle);
        var profile = ProfileLink(account.ProfileUrl);
        if (profile is not null && Occurs(bio, profile, DomainBoundary) is { } linked)
        {
            return linked;
        }

        if (handle is null)
        {
            return null;
        }

        // Links first: "tiktok.com/@ani" is better evidence than the "@ani" inside it.
        foreach (var domain in DomainsOf(account.Network))
        {
            if ((Occurs(bio, domain + "/" + handle, DomainBoundary) ?? Occurs(bio, domain + "/@" + handle, DomainBoundary)) is { } link)
            {
                return link;
            }
        }

        return Occurs(bio, "@" + handle, WordBoundary);
    }

    /// <summary>The handle without a leading '@'; null when shorter than two characters, which would match too much.</summary>
    private static string? Handle(string? handle)
    {
        var trimmed = (handle ?? string.Empty).Trim().TrimStart('@');
        return trimmed.Length >= 2 ? trimmed : null;
    }

    /// <summary>A profile URL without scheme, "www." and trailing slash, as people write it in a bio.</summary>
    private static string? ProfileLink(string? url)
    {
        var link = (url ?? string.Empty).Trim();
        foreach (var prefix in (string[])["https://", "http://", "www."])
        {
            if (link.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                link = link[prefix.Length..];
            }
        }

        link = link.TrimEnd('/');
        return link.Length >= 4 ? link : null;
    }

    private static string[] DomainsOf(string? network)
    {
        var name = (network ?? string.Empty).Trim();
        if (Domains.TryGetValue(name, out var domains))
        {
            return domains;
        }

        // An unknown network is guessed as name.com; nothing is guessed for a name that is not a plain word.
        return name.Length > 0 && name.All(char.IsAsciiLetterOrDigit) ? [name + ".com"] : [];
    }

    /// <summary>The first occurrence of <paramref name="needle"/> that no word continues after, and none before by <paramref name="boundaryBefore"/>.</summary>
    private static string? Occurs(string bio, string needle, Func<char, bool> boundaryBefore)
    {
        for (var at = bio.IndexOf(needle, StringComparison.OrdinalIgnoreCase); at >= 0; at = bio.IndexOf(needle, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + needle.Length;
            if ((at == 0 || boundaryBefore(bio[at - 1])) && !ContinuesHandle(bio, end))
            {
                return bio.Substring(at, needle.Length);
            }
        }

        return null;
    }

    /// <summary>Before an "@": not a word character or dot, so an e-mail address is not a mention.</summary>
    private static bool WordBoundary(char c) => !(char.IsLetterOrDigit(c) || c is '_' or '.' or '-');

    /// <summary>Before a domain: not a letter, digit or hyphen, so "fedex.com" does not contain "x.com" (dots and slashes are fine).</summary>
    private static bool DomainBoundary(char c) => !(char.IsLetterOrDigit(c) || c == '-');

    /// <summary>True when the text at <paramref name="end"/> goes on with the handle: "@ani" in "@ani_s", "@ani.s" or "@ani@mastodon.social".</summary>
    private static bool ContinuesHandle(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        var c = text[end];
        if (char.IsLetterOrDigit(c) || c is '_' or '-' or '@')
        {
            return true;
        }

        // A dot ends a sentence unless a handle character follows it.
        return c == '.' && end + 1 < text.Length && (char.IsLetterOrDigit(text[end + 1]) || text[end + 1] == '_');
    }
}
