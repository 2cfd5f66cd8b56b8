using Pantau.Connectors.Feeds.Parsing;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class FeedTextTests
{
    [Fact]
    public void Blocks_become_breaks_scripts_drop_entities_decode()
    {
        var text = FeedText.ToPlainText("<p>Halo&nbsp;<b>dunia</b> &mdash; apa   kabar?</p><script>var x = 1;</script><style>p{}</style><ul><li>satu</li><li>dua</li></ul>baris<br>baru");

        Assert.Equal("Halo dunia — apa kabar?\n\nsatu\ndua\n\nbaris\nbaru", text);
    }

    [Fact]
    public void Text_without_markup_takes_the_fast_path_and_collapses_spaces()
    {
        Assert.Equal("just some text", FeedText.ToPlainText("  just   some\n text "));
    }

    [Fact]
    public void Plain_text_keeps_its_line_and_paragraph_breaks()
    {
        Assert.Equal("a <b> & c\nline two\n\nparagraph", FeedText.ToPlainText("a <b> & c\nline two\n\n\n paragraph", isHtml: false));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("<img src=x alt=\"foto\">", "foto")]
    [InlineData("Caf&eacute; &amp; teh", "Café & teh")]
    [InlineData("<P>Satu</P><P>Dua<BR>Tiga</P>", "Satu\n\nDua\nTiga")]
    [InlineData("a<script>document.write('<p>no</p>'); if (a < b) {}</script>b", "ab")]
    [InlineData("<style>p > b { color: red }</style><svg><text>chart</text></svg>kept", "kept")]
    [InlineData("<div><div>nested</div></div>after", "nested\n\nafter")]
    [InlineData("x &lt;b&gt; y", "x <b> y")]
    public void Edge_cases(string? html, string expected)
    {
        Assert.Equal(expected, FeedText.ToPlainText(html));
    }
}
