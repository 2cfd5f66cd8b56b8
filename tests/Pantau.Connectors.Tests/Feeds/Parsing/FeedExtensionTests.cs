using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class FeedExtensionTests
{
    [Fact]
    public void Blogger_comment_feed_reads_in_reply_to_and_replies_links()
    {
        var feed = Parse("comments-blogger.xml");

        Assert.Equal("https://www.blogger.com/feeds/123/456/comments/default", feed.SelfUrl);
        var comment = feed.Items[0];
        Assert.Equal("tag:blogger.com,1999:blog-123.post-456", comment.InReplyTo);
        Assert.Equal("https://cerita.blogspot.com/2024/05/bengkel.html", comment.InReplyToLink);
        Assert.Equal("Anonim", comment.Author);
        Assert.Equal(Utc(2024, 6, 1, 0, 30), comment.Published);

        var post = feed.Items[1];
        Assert.Null(post.InReplyTo);
        Assert.Equal("https://cerita.blogspot.com/feeds/456/comments/default", post.CommentFeedUrl);
        Assert.Equal("https://cerita.blogspot.com/2024/05/bengkel.html#comment-form", post.CommentsUrl);
        Assert.Equal(2, post.CommentCount);
        Assert.Equal("https://cerita.blogspot.com/2024/05/bengkel.html", post.Link);
    }

    [Fact]
    public void Wordpress_feed_reads_websub_hubs_self_syndication_and_comment_extensions()
    {
        var feed = Parse("comments-wordpress.xml");

        Assert.Equal("https://warkop.example.id/feed/", feed.SelfUrl);
        Assert.Equal(["https://pubsubhubbub.appspot.com/", "https://warkop.superfeedr.com/"], feed.HubUrls);
        Assert.Equal(60, feed.TtlMinutes);
        Assert.Equal("https://warkop.example.id/", feed.Link); // links come back normalised (Uri.AbsoluteUri)
        var item = Assert.Single(feed.Items);
        Assert.Equal(7, item.CommentCount);
        Assert.Equal("https://warkop.example.id/2024/06/kopi-susu/feed/", item.CommentFeedUrl);
        Assert.Equal("https://warkop.example.id/2024/06/kopi-susu/#respond", item.CommentsUrl);
        Assert.Equal("admin", item.Author);
        Assert.Equal(["Minuman"], item.Categories);
        Assert.Equal("https://warkop.example.id/?p=42", item.Id);
        Assert.Equal("Resep kopi susu [&#8230;]", item.SummaryHtml);
    }

    [Fact]
    public void Media_rss_group_content_and_thumbnails()
    {
        var feed = Parse("media-rss.xml");

        Assert.Equal(
            [
                new FeedMedia("https://video.example.com/v/1.mp4", "video/mp4", "Unboxing video", "https://video.example.com/v/1.jpg"),
                new FeedMedia("https://video.example.com/v/1.webm", "video/webm", "Unboxing video", "https://video.example.com/v/1.jpg"),
            ],
            feed.Items[0].Media);
        Assert.Equal("We open the box.", feed.Items[0].SummaryHtml);
        Assert.Equal(
            [new FeedMedia("https://video.example.com/p/2.jpg", "image", "A photo", "https://video.example.com/p/2-small.jpg")],
            feed.Items[1].Media);
        Assert.Equal(
            [new FeedMedia("https://video.example.com/p/3.jpg", "image", null, "https://video.example.com/p/3.jpg")],
            feed.Items[2].Media);
    }

    [Fact]
    public void Odd_namespace_uris_fall_back_to_the_usual_prefix()
    {
        var feed = Parse("mixed-namespaces.xml");

        Assert.Equal(["https://hub.odd.example.com/"], feed.HubUrls);
        Assert.Equal("https://odd.example.com/rss", feed.SelfUrl);
        var item = Assert.Single(feed.Items);
        Assert.Equal("Wrong DC namespace", item.Author);
        Assert.Equal(Utc(2024, 9, 1), item.Updated);
        Assert.Equal("https://odd.example.com/1.jpg", Assert.Single(item.Media).Url);
        Assert.Equal("Atom summary in RSS", item.SummaryHtml);
    }

    [Fact]
    public void Undeclared_prefixes_are_declared_and_reported()
    {
        var feed = Parse("undeclared-prefix.xml");

        var item = Assert.Single(feed.Items);
        Assert.Equal("Lupa Deklarasi", item.Author);
        Assert.Equal("https://undeclared.example.com/1.jpg", Assert.Single(item.Media).Url);
        Assert.Contains(feed.Warnings, w => w.Contains("undeclared namespace prefixes declared: dc, media", StringComparison.Ordinal));
    }
}
