using AngleSharp.Html;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>The HTML5 named character references (&amp;nbsp; &amp;eacute; &amp;mdash; ...), from AngleSharp's table.</summary>
internal static class HtmlEntities
{
    public static string? Find(string name)
    {
        if (name.Length == 0)
        {
            return null;
        }

        var resolver = HtmlEntityProvider.Resolver;
        var symbol = resolver.GetSymbol(name + ";");
        return string.IsNullOrEmpty(symbol) ? null : symbol;
    }

    /// <summary>The few references HTML still reads without a semicolon (nbsp, copy, eacute, ...).</summary>
    public static string? FindLegacy(ReadOnlySpan<char> name)
    {
        if (name.Length is 0 or > 8)
        {
            return null;
        }

        var symbol = HtmlEntityProvider.Resolver.GetSymbol(name.ToString());
        return string.IsNullOrEmpty(symbol) ? null : symbol;
    }
}
