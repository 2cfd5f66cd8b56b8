using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Connectors.Feeds.WebSub;
using Pantau.Server.Feeds;
using Pantau.Testing.Feeds;

namespace Pantau.Server.Tests;

/// <summary>A local feed host and hub, and the server allowed to reach them.</summary>
public sealed class FeedServerFixture : IAsyncLifetime
{
    public LocalFeedHost Host { get; private set; } = null!;
    public PantauFactory Factory { get; private set; } = null!;

    /// <summary>Subscription requests the hub received, as form fields.</summary>
    public ConcurrentQueue<Dictionary<string, string>> HubRequests { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Host = await LocalFeedHost.StartAsync();
        Host.Map("/hub", async context =>
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            HubRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            context.Response.StatusCode = StatusCodes.Status202Accepted;
        });
        Factory = new PantauFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Feeds:AllowedHosts:0"] = Host.Authority,
                ["Feeds:PublicUrl"] = "https://pantau.example/",
                ["Feeds:MinInterval"] = "00:00:01",
            },
        };
        await Factory.ReadyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Host.DisposeAsync();
    }
}

public sealed class FeedApiTests(FeedServerFixture fixture) : IClassFixture<FeedServerFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Atom(string title, string hub, params (string Id, string Title, string Text)[] entries)
    {
        var xml = new StringBuilder($"""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
              <title>{title}</title><id>urn:test:{title}</id><updated>2026-12-03T08:00:00Z</updated>
              <link rel="hub" href="{hub}" /><link rel="self" href="https://blog.example/{title}/feed" />
            """);
        foreach (var (id, entryTitle, text) in entries)
        {
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"""
                <entry><id>urn:test:{id}</id><title>{entryTitle}</title><link href="https://blog.example/{id}" />
                <author><name>Budi</name></author><published>2026-12-03T07:00:00Z</published><updated>2026-12-03T07:00:00Z</updated>
                <content type="html">&lt;p&gt;{text}&lt;/p&gt;&lt;img src="x" onerror="alert(1)"&gt;</content></entry>
                """);
        }

        return xml.Append("</feed>").ToString();
    }

    private static async Task<JsonArray> MentionsEventuallyAsync(HttpClient client, Guid ws, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var items = await client.MentionsAsync(ws);
            if (items.Count >= count || DateTime.UtcNow > deadline)
            {
                return items;
            }

            await Task.Delay(100, Ct);
        }
    }

    private async Task<Guid> CreateFeedAsync(HttpClient client, Guid ws, string path)
    {
        var created = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/sources",
            new { kind = "feed", name = "Blog", settings = new { url = fixture.Host.For(path).AbsoluteUri, network = "blog" } }, Ct)).JsonAsync(HttpStatusCode.Created);
        return created["id"]!.GetValue<Guid>();
    }

    [Fact]
    public async Task A_feed_source_reads_its_feed_into_mentions_and_shows_when_it_reads_next()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("feeds");
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var path = $"/{ws:N}/feed";
        fixture.Host.MapText(path, "application/atom+xml", Atom($"{ws:N}", fixture.Host.For("/hub").AbsoluteUri,
            ("a1", "Sinyal Nusantel hilang", "Sinyal &lt;b&gt;Nusantel&lt;/b&gt; hilang 3 hari"), ("a2", "Resep", "tidak ada hubungannya")));

        var source = await CreateFeedAsync(client, ws, path);

        var mentions = await MentionsEventuallyAsync(client, ws, 1);
        var mention = Assert.Single(mentions);
        Assert.Equal("feed", mention!["sourceKind"]!.GetValue<string>());
        Assert.Equal("blog", mention["network"]!.GetValue<string>());
        Assert.Equal("Sinyal Nusantel hilang 3 hari", mention["text"]!.GetValue<string>());
        var html = mention["html"]!.GetValue<string>();
        Assert.Contains("<b>Nusantel</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", html, StringComparison.Ordinal);

        var health = await (await client.GetAsync($"{Api.Workspace(ws)}/sources/{source}/health", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("ok", health["status"]!.GetValue<string>());
        Assert.NotNull(health["nextAttemptAt"]);
        Assert.NotNull(health["lastItemAt"]);
        Assert.False(string.IsNullOrWhiteSpace(health["scheduleNote"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Read_now_reads_a_feed_at_once_instead_of_at_its_planned_check()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("readnow");
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var path = $"/{ws:N}/readnow";
        var entries = new List<(string, string, string)> { ("r1", "Nusantel satu", "Nusantel satu") };
        fixture.Host.Map(path, async context =>
        {
            context.Response.ContentType = "application/atom+xml";
            await context.Response.WriteAsync(Atom($"{ws:N}", fixture.Host.For("/hub").AbsoluteUri, [.. entries]), context.RequestAborted);
        });
        var source = await CreateFeedAsync(client, ws, path);
        await MentionsEventuallyAsync(client, ws, 1);
        var health = await (await client.GetAsync($"{Api.Workspace(ws)}/sources/{source}/health", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(health["nextAttemptAt"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow.AddSeconds(30)); // not soon by itself

        entries.Add(("r2", "Nusantel dua", "Nusantel dua, baru terbit"));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync($"{Api.Workspace(ws)}/sources/{source}/read-now", null, Ct)).StatusCode);

        Assert.Equal(2, (await MentionsEventuallyAsync(client, ws, 2)).Count);
        var push = await client.CreateWebhookSourceAsync(ws);
        await (await client.PostAsync($"{Api.Workspace(ws)}/sources/{push}/read-now", null, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"{Api.Workspace(ws)}/sources/{Guid.NewGuid()}/read-now", null, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_feed_that_cannot_be_read_shows_why_on_its_health()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("brokenfeed");
        var path = $"/{ws:N}/broken";
        fixture.Host.MapText(path, "text/html", "<html><body>Maintenance</body></html>");

        var source = await CreateFeedAsync(client, ws, path);

        JsonNode health;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do
        {
            await Task.Delay(100, Ct);
            health = await (await client.GetAsync($"{Api.Workspace(ws)}/sources/{source}/health", Ct)).JsonAsync(HttpStatusCode.OK);
        }
        while (health["status"]!.GetValue<string>() != "failing" && DateTime.UtcNow < deadline);

        Assert.Equal("failing", health["status"]!.GetValue<string>());
        Assert.Contains("line 1", health["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(health["nextAttemptAt"]);
    }

    [Theory]
    [InlineData("{\"kind\":\"feed\",\"name\":\"x\"}", "settings.url")]
    [InlineData("{\"kind\":\"feed\",\"name\":\"x\",\"settings\":{\"url\":\"file:///etc/passwd\"}}", "settings.url")]
    [InlineData("{\"kind\":\"feed\",\"name\":\"x\",\"settings\":{\"url\":\"https://a.example/feed\",\"network\":\"tv\"}}", "settings.network")]
    public async Task Invalid_feed_settings_are_refused_naming_the_field(string body, string field)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("badfeed");
        var response = await client.PostAsync($"{Api.Workspace(ws)}/sources", new StringContent(body, Encoding.UTF8, "application/json"), Ct);
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task Discovery_finds_a_sites_feeds_and_says_which_are_followed()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("discover");
        var page = $"/{ws:N}/site";
        var feedPath = $"/{ws:N}/site/feed.xml";
        fixture.Host.MapText(page, "text/html", $"""
            <html><head><title>Blog Budi</title>
            <link rel="alternate" type="application/rss+xml" title="Blog Budi" href="{feedPath}">
            </head><body>Halo</body></html>
            """);
        fixture.Host.MapText(feedPath, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Blog Budi</title></channel></rss>");

        var found = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/feeds/discover", new { url = fixture.Host.For(page).AbsoluteUri }, Ct)).JsonAsync(HttpStatusCode.OK);
        var feed = Assert.Single(found.AsArray());
        Assert.Equal(fixture.Host.For(feedPath).AbsoluteUri, feed!["url"]!.GetValue<string>());
        Assert.Equal("posts", feed["kind"]!.GetValue<string>());
        Assert.False(feed["followed"]!.GetValue<bool>());

        await CreateFeedAsync(client, ws, feedPath);
        var again = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/feeds/discover", new { url = fixture.Host.For(page).AbsoluteUri }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(again.AsArray()[0]!["followed"]!.GetValue<bool>());

        var refused = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/feeds/discover", new { url = "http://10.1.2.3/" }, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("blocked", refused["errors"]!["url"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task OPML_imports_new_feeds_once_and_exports_them_back()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("opml");
        const string opml = """
            <opml version="2.0"><head><title>x</title></head><body>
              <outline text="news">
                <outline type="rss" text="Kabar" xmlUrl="https://kabar.example/rss" />
              </outline>
              <outline type="rss" text="Blog" xmlUrl="https://blog.example/feed/" />
              <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)" />
            </body></opml>
            """;

        var first = await (await client.PostAsync($"{Api.Workspace(ws)}/sources/opml", new StringContent(opml, Encoding.UTF8, "text/x-opml"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, first["added"]!.AsArray().Count);
        Assert.Single(first["rejected"]!.AsArray());

        var second = await (await client.PostAsync($"{Api.Workspace(ws)}/sources/opml", new StringContent(opml, Encoding.UTF8, "text/x-opml"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(second["added"]!.AsArray());
        Assert.Equal(2, second["skipped"]!.AsArray().Count);

        var export = await client.GetAsync($"{Api.Workspace(ws)}/sources/opml", Ct);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var text = await export.Content.ReadAsStringAsync(Ct);
        Assert.Contains("xmlUrl=\"https://kabar.example/rss\"", text, StringComparison.Ordinal);
        Assert.Contains("xmlUrl=\"https://blog.example/feed/\"", text, StringComparison.Ordinal);
        Assert.Contains("<outline text=\"news\"", text, StringComparison.Ordinal);

        var bad = await (await client.PostAsync($"{Api.Workspace(ws)}/sources/opml", new StringContent("<html/>", Encoding.UTF8, "text/xml"), Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("not OPML", bad["errors"]!["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_with_a_hub_is_subscribed_verified_and_pushed_into_mentions()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("websub");
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var path = $"/{ws:N}/pushed";
        var hub = fixture.Host.For("/hub").AbsoluteUri;
        var topic = $"https://blog.example/{ws:N}/feed";
        fixture.Host.MapText(path, "application/atom+xml", Atom($"{ws:N}", hub, ("p1", "Nusantel pertama", "Nusantel lemot")));
        var source = await CreateFeedAsync(client, ws, path);
        await MentionsEventuallyAsync(client, ws, 1);

        // The feed named its hub: Pantau asks the hub to subscribe its callback, with a secret.
        await fixture.Factory.Services.GetRequiredService<FeedSubscriptions>().ReconcileAsync(Ct);
        var request = fixture.HubRequests.Last(r => r["hub.topic"] == topic);
        Assert.Equal("subscribe", request["hub.mode"]);
        var callback = new Uri(request["hub.callback"]);
        Assert.StartsWith("https://pantau.example/websub/", callback.AbsoluteUri, StringComparison.Ordinal);
        var secret = Encoding.UTF8.GetBytes(request["hub.secret"]);
        Assert.True(secret.Length >= 32);

        // The hub verifies the intent; a wrong topic is refused.
        var anonymous = fixture.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{callback.AbsolutePath}?hub.mode=subscribe&hub.topic=https://other.example/&hub.challenge=x", Ct)).StatusCode);
        var verify = await anonymous.GetAsync($"{callback.AbsolutePath}?hub.mode=subscribe&hub.topic={Uri.EscapeDataString(topic)}&hub.challenge=tantangan-123&hub.lease_seconds=3600", Ct);
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        Assert.Equal("tantangan-123", await verify.Content.ReadAsStringAsync(Ct));

        // A delivery with a wrong signature is acknowledged and ignored; a signed one is stored before the answer.
        var body = Encoding.UTF8.GetBytes(Atom($"{ws:N}", hub, ("p2", "Nusantel kedua", "Nusantel mati total, tolong")));
        using var forged = new ByteArrayContent(body);
        forged.Headers.Add(WebSubSignature.Header, WebSubSignature.Sign(body, "not the secret"u8));
        Assert.Equal(HttpStatusCode.Accepted, (await anonymous.PostAsync(callback.AbsolutePath, forged, Ct)).StatusCode);
        Assert.Single(await client.MentionsAsync(ws));

        using var signed = new ByteArrayContent(body);
        signed.Headers.Add(WebSubSignature.Header, WebSubSignature.Sign(body, secret));
        signed.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/atom+xml");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync(callback.AbsolutePath, signed, Ct)).StatusCode);
        var mentions = await client.MentionsAsync(ws);
        Assert.Equal(2, mentions.Count);
        Assert.Contains(mentions, m => m!["text"]!.GetValue<string>() == "Nusantel mati total, tolong");

        // The same delivery again stores nothing new; a delivery for an unknown subscription is Gone.
        using var again = new ByteArrayContent(body);
        again.Headers.Add(WebSubSignature.Header, WebSubSignature.Sign(body, secret));
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync(callback.AbsolutePath, again, Ct)).StatusCode);
        Assert.Equal(2, (await client.MentionsAsync(ws)).Count);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.PostAsync($"/websub/{Guid.NewGuid()}", new ByteArrayContent(body), Ct)).StatusCode);

        // Disabling the source ends the subscription.
        await (await client.PutAsJsonAsync($"{Api.Workspace(ws)}/sources/{source}", new { enabled = false }, Ct)).JsonAsync(HttpStatusCode.OK);
        await fixture.Factory.Services.GetRequiredService<FeedSubscriptions>().ReconcileAsync(Ct);
        Assert.Contains(fixture.HubRequests, r => r["hub.mode"] == "unsubscribe" && r["hub.topic"] == topic);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.PostAsync(callback.AbsolutePath, new ByteArrayContent(body), Ct)).StatusCode);
    }
}
