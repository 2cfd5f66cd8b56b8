namespace Pantau.Connectors.Feeds;

/// <summary>
/// FNV-1a over UTF-16 code units: a hash that is the same in every process and version (unlike
/// <see cref="string.GetHashCode()"/>), so that it can be stored in a cursor. Not for security.
/// </summary>
internal static class StableHash
{
    public static ulong Of64(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash == 0 ? 1 : hash; // 0 means "none"
    }

    public static uint Of32(string? first, string? second)
    {
        var hash = 2166136261U;
        foreach (var c in first ?? "")
        {
            hash = (hash ^ c) * 16777619U;
        }

        hash = (hash ^ '\n') * 16777619U;
        foreach (var c in second ?? "")
        {
            hash = (hash ^ c) * 16777619U;
        }

        return hash;
    }
}
