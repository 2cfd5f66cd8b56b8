using System.Text;
using Microsoft.Extensions.Time.Testing;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Webhooks;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Tests.Webhooks;

public sealed class WebhookConnectorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly WebhookConnector _connector = new();
    private readonly SourceContext _source = Sources.Context(SourceKinds.Webhook);

    private IReadOnlyList<RawPost> Parse(string json) => _connector.ParseDelivery(_source, Encoding.UTF8.GetBytes(json), _clock);

    private string Rejection(string json) => Assert.Throws<PushRejectedException>(() => Parse(json)).Message;

    [Fact]
    public void A_valid_delivery_becomes_raw_posts()
    {
        var posts = Parse("""
            {
              "posts": [
                {
                  "id": "ticket-1",
                  "text": "Pesanan saya belum sampai",
                  "title": "Keluhan",
                  "url": "https://help.example.test/t/1",
                  "network": " Forum ",
                  "publishedAt": "2026-10-31T20:15:00+07:00",
                  "author": { "handle": "budi", "name": "Budi S.", "followers": 120 },
                  "lang": "id",
                  "country": "ID",
                  "inReplyTo": "ticket-0"
                },
                { "id": "ticket-2", "text": "Terima kasih!", "author": { "handle": "sari" } }
              ]
            }
            """);

        Assert.Equal(2, posts.Count);
        var first = posts[0];
        Assert.Equal(SourceKinds.Webhook, first.SourceKind);
        Assert.Equal("ticket-1", first.ExternalId);
        Assert.Equal("forum", first.Network);
        Assert.Equal("Pesanan saya belum sampai", first.Text);
        Assert.Equal("Keluhan", first.Title);
        Assert.Equal("https://help.example.test/t/1", first.Url);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 20, 15, 0, TimeSpan.FromHours(7)), first.PublishedAt);
        Assert.Equal(new PostAuthor("budi", "Budi S.", 120), first.Author);
        Assert.Equal("id", first.Language);
        Assert.Equal("ID", first.Country);
        Assert.Equal("ticket-0", first.InReplyToExternalId);

        var second = posts[1];
        Assert.Equal(SourceKinds.Webhook, second.Network);
        Assert.Equal(Now, second.PublishedAt); // no date: the time it arrived
        Assert.Null(second.Author.Followers);
        Assert.Null(second.Url);
    }

    [Fact]
    public void Property_names_are_case_insensitive()
    {
        var post = Assert.Single(Parse("""{"Posts":[{"ID":"1","Text":"halo","Author":{"Handle":"a"}}]}"""));

        Assert.Equal("1", post.ExternalId);
    }

    [Fact]
    public void Negative_followers_are_ignored()
    {
        var post = Assert.Single(Parse("""{"posts":[{"id":"1","text":"halo","author":{"handle":"a","followers":-5}}]}"""));

        Assert.Null(post.Author.Followers);
    }

    [Theory]
    [InlineData("""{"posts":[{"id":"1","text":"a","author":{"handle":"a"}},{"id":"2","author":{"handle":"b"}}]}""", "posts[1].text")]
    [InlineData("""{"posts":[{"id":"1","text":"a","author":{"handle":"a"}},{"id":"2","text":"  ","author":{"handle":"b"}}]}""", "posts[1].text")]
    [InlineData("""{"posts":[{"text":"a","author":{"handle":"a"}}]}""", "posts[0].id")]
    [InlineData("""{"posts":[{"id":"","text":"a","author":{"handle":"a"}}]}""", "posts[0].id")]
    [InlineData("""{"posts":[{"id":"1","text":"a"}]}""", "posts[0].author.handle")]
    [InlineData("""{"posts":[{"id":"1","text":"a","author":{}}]}""", "posts[0].author.handle")]
    [InlineData("""{"posts":[{"id":"1","text":"a","author":{"handle":"a"}},{"id":"2","text":"b","author":{"handle":"b"}},{"id":"3","text":"c","author":{"handle":"c"},"url":"ftp://files.example.test/x"}]}""", "posts[2].url")]
    [InlineData("""{"posts":[{"id":"1","text":"a","author":{"handle":"a"},"url":"javascript:alert(1)"}]}""", "posts[0].url")]
    [InlineData("""{"posts":[{"id":"1","text":"a","author":{"handle":"a"},"url":"/relative/path"}]}""", "posts[0].url")]
    public void Errors_name_the_field(string json, string field)
    {
        Assert.Contains($"'{field}'", Rejection(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_texts_and_handles_are_bounded()
    {
        var longId = new string('x', 201);
        var longText = new string('y', WebhookConnector.MaxTextLength + 1);

        Assert.Contains("posts[0].id", Rejection($$$"""{"posts":[{"id":"{{{longId}}}","text":"a","author":{"handle":"a"}}]}"""), StringComparison.Ordinal);
        Assert.Contains("posts[0].text", Rejection($$$"""{"posts":[{"id":"1","text":"{{{longText}}}","author":{"handle":"a"}}]}"""), StringComparison.Ordinal);
        Assert.Contains("posts[0].author.handle", Rejection($$$"""{"posts":[{"id":"1","text":"a","author":{"handle":"{{{longId}}}"}}]}"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_json_says_the_line_and_position()
    {
        var message = Rejection("{\n  \"posts\": [\n    {\"id\": \"1\", \"text\": }\n  ]\n}");

        Assert.StartsWith("The body is not valid JSON at line 3, position ", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_the_wrong_type_says_where()
    {
        var message = Rejection("{\"posts\": [{\"id\": \"1\", \"text\": 42, \"author\": {\"handle\": \"a\"}}]}");

        Assert.Contains("line 1", message, StringComparison.Ordinal);
        Assert.Contains("posts[0].text", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_body_is_not_json()
    {
        Assert.StartsWith("The body is not valid JSON", Rejection(""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("""{"posts":[]}""")]
    [InlineData("""{"posts":null}""")]
    public void An_empty_delivery_is_rejected(string json)
    {
        Assert.Contains("posts", Rejection(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_posts_are_rejected_with_the_limit()
    {
        var posts = string.Join(',', Enumerable.Range(0, WebhookConnector.MaxPostsPerDelivery + 1)
            .Select(i => $$$"""{"id":"{{{i}}}","text":"t","author":{"handle":"h"}}"""));

        var message = Rejection($$$"""{"posts":[{{{posts}}}]}""");

        Assert.Contains((WebhookConnector.MaxPostsPerDelivery + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        Assert.Contains(WebhookConnector.MaxPostsPerDelivery.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_most_posts_allowed_are_accepted()
    {
        var posts = string.Join(',', Enumerable.Range(0, WebhookConnector.MaxPostsPerDelivery)
            .Select(i => $$$"""{"id":"{{{i}}}","text":"t","author":{"handle":"h"}}"""));

        Assert.Equal(WebhookConnector.MaxPostsPerDelivery, Parse($$$"""{"posts":[{{{posts}}}]}""").Count);
    }

    [Fact]
    public void Deeply_nested_json_is_rejected()
    {
        var deep = new string('[', 64) + new string(']', 64);

        Assert.StartsWith("The body is not valid JSON", Rejection($$$"""{"posts":[{"id":"1","text":"a","author":{"handle":"a"},"extra":{{{deep}}}}]}"""), StringComparison.Ordinal);
    }
}
