using Ganss.Xss;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// Makes feed HTML safe to show: one shared, thread-safe HtmlSanitizer that keeps text formatting, links and images,
/// allows only http, https and mailto URLs, makes relative URLs absolute against the base, and removes scripts,
/// styles, frames, forms, event handler attributes and inline styles.
/// </summary>
public static class FeedHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitise(string html, Uri? baseUri)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        return Sanitizer.Sanitize(html, baseUri?.AbsoluteUri ?? "");
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        foreach (var tag in new[] { "style", "form", "input", "button", "select", "textarea", "option", "iframe", "frame", "object", "embed" })
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        return sanitizer;
    }
}
