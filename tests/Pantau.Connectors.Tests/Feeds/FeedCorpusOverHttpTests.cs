using System.Text.Json;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Feeds;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Connectors.Feeds.Parsing;
using Pantau.Core.Posts;
using Pantau.Testing.Feeds;

namespace Pantau.Connectors.Tests.Feeds;

/// <summary>Every file of the feed corpus served over HTTP and read by the connector, as a real feed host would serve it.</summary>
public sealed class FeedCorpusOverHttpTests : IAsyncLifetime
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Feeds", "Corpus");

    /// <summary>Documents that are no feed at all: reading them must fail with the line, never otherwise.</summary>
    private static readonly HashSet<string> Unreadable =
        ["not-a-feed.html", "html-with-xml-declaration.xml", "not-a-feed.xml", "empty.xml", "whitespace-only.xml", "json-not-a-feed.json", "json-broken.json"];

    private LocalFeedHost _host = null!;
    private FeedFetcher _fetcher = null!;

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Corpus).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public async ValueTask InitializeAsync()
    {
        _host = await LocalFeedHost.StartAsync(TestContext.Current.CancellationToken);
        _fetcher = new FeedFetcher(new FeedFetchOptions { AllowedHosts = [_host.Authority] }, TimeProvider.System);
    }

    public async ValueTask DisposeAsync()
    {
        _fetcher.Dispose();
        await _host.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Each_corpus_file_is_read_or_refused_with_its_line(string file)
    {
        var bytes = await File.ReadAllBytesAsync(Path.Combine(Corpus, file), TestContext.Current.CancellationToken);
        _host.Map("/" + file, async context =>
        {
            context.Response.ContentType = file.EndsWith(".json", StringComparison.Ordinal) ? "application/feed+json" : "application/xml";
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        });
        var connector = new FeedConnector(_fetcher, new PollSchedule(new FeedPollingOptions()), TimeProvider.System);
        var source = new SourceContext(Guid.NewGuid(), Guid.NewGuid(), SourceKinds.Feed, file,
            JsonSerializer.SerializeToElement(new { url = _host.For("/" + file).AbsoluteUri }), new Dictionary<string, string>());

        if (Unreadable.Contains(file))
        {
            var error = await Assert.ThrowsAsync<FeedParseException>(() => connector.PullAsync(source, null, TestContext.Current.CancellationToken));
            Assert.True(error.Line >= 1, error.Message);
            return;
        }

        var result = await connector.PullAsync(source, null, TestContext.Current.CancellationToken);
        foreach (var post in result.Batch.Posts)
        {
            Assert.False(string.IsNullOrEmpty(post.ExternalId));
            Assert.True(post.ExternalId.Length <= 200);
            Assert.DoesNotContain("root:x:0:0", post.Text, StringComparison.Ordinal); // no external entity was read
            Assert.True(post.Text.Length <= FeedItemPosts.MaxTextChars);
            if (post.Html is { } html)
            {
                Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
            }
        }

        // The same document again is nothing new.
        var again = await connector.PullAsync(source, result.Batch.CursorAfter is { } cursor ? Due(cursor) : null, TestContext.Current.CancellationToken);
        Assert.Empty(again.Batch.Posts);
    }

    /// <summary>The cursor with its next check moved to now, so the second read does not wait for it.</summary>
    private static string Due(string cursor)
    {
        var read = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(cursor)!;
        read.Remove("nextCheckAt");
        return JsonSerializer.Serialize(read);
    }
}
