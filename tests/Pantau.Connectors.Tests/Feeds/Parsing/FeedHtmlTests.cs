using Pantau.Connectors.Feeds.Parsing;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class FeedHtmlTests
{
    [Theory]
    [InlineData("<a href=\"/x\">x</a>", "<a href=\"https://blog.example.com/x\">x</a>")]
    [InlineData("<a href=\"ftp://files.example.com/x\">x</a>", "<a>x</a>")]
    [InlineData("<img src=\"data:image/png;base64,AAAA\">", "<img>")]
    [InlineData("<p>ok</p><form><input name=a></form>", "<p>ok</p>")]
    [InlineData("<svg onload=alert(1)></svg>text", "text")]
    [InlineData("<b>bold</b> &amp; <i>it</i>", "<b>bold</b> &amp; <i>it</i>")]
    public void Sanitise_keeps_formatting_and_removes_what_is_dangerous(string html, string expected)
    {
        Assert.Equal(expected, FeedHtml.Sanitise(html, new Uri("https://blog.example.com/post/1")));
    }

    [Fact]
    public void Sanitise_without_a_base_keeps_relative_links_relative()
    {
        Assert.Equal("<a href=\"/x\">x</a>", FeedHtml.Sanitise("<a href=\"/x\">x</a>", null));
    }
}
