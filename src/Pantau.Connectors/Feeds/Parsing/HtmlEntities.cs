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
}
