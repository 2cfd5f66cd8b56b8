using Pantau.Core.Stories;

namespace Pantau.Core.Tests.Stories;

public sealed class StoryLinkTests
{
    [Theory]
    [InlineData("https://www.Warta.example/Berita/1/?utm_source=tw&utm_medium=social#top", "warta.example/Berita/1")]
    [InlineData("http://warta.example/berita/1?id=5&fbclid=abc&gclid=x&page=2", "warta.example/berita/1?id=5&page=2")]
    [InlineData("www.warta.example/berita/1", "warta.example/berita/1")]
    [InlineData("https://warta.example:8443/a", "warta.example:8443/a")]
    public void Normalises_host_tracking_fragment_and_trailing_slash(string url, string expected) =>
        Assert.Equal(expected, StoryLink.Normalise(url));

    [Theory]
    [InlineData("https://www.nusantel.example/")]
    [InlineData("https://nusantel.example?utm_source=x")]
    [InlineData("ftp://files.example/a")]
    [InlineData("not a url")]
    public void Home_pages_and_non_web_links_are_not_story_links(string url) => Assert.Null(StoryLink.Normalise(url));
}
