using System.Net;

namespace Pantau.Server.Tests;

public sealed class MentionApiTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pushed_post_that_matches_a_topic_becomes_a_mention_once()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("mentions");
        var topic = await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(ws);

        var first = await client.PushAsync(ws, source,
            Api.Post("p1", "Sinyal @Nusantel lemot banget dari pagi, tidak bagus 😡", "dinda", 2300),
            Api.Post("p2", "Cuaca Jakarta cerah hari ini"));
        Assert.Equal(2, first["received"]!.GetValue<int>());
        Assert.Equal(1, first["newMentions"]!.GetValue<int>());
        Assert.Equal(1, first["unmatched"]!.GetValue<int>());

        // The same delivery again (a retrying sender) stores nothing new.
        var again = await client.PushAsync(ws, source, Api.Post("p1", "Sinyal @Nusantel lemot banget dari pagi, tidak bagus 😡", "dinda", 2300));
        Assert.Equal(0, again["newMentions"]!.GetValue<int>());
        Assert.Equal(1, again["duplicates"]!.GetValue<int>());

        var items = await client.MentionsAsync(ws);
        var mention = Assert.Single(items);
        Assert.Equal("p1", mention!["externalId"]!.GetValue<string>());
        Assert.Equal("dinda", mention["author"]!["handle"]!.GetValue<string>());
        Assert.Equal(2300, mention["author"]!["followers"]!.GetValue<long>());
        Assert.Equal(topic, mention["topics"]![0]!["id"]!.GetValue<Guid>());
        Assert.Equal("negative", mention["enrichment"]!["sentiment"]!.GetValue<string>());

        var id = mention["id"]!.GetValue<long>();
        var one = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(mention["text"]!.GetValue<string>(), one["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Mentions_filter_by_topic_source_sentiment_text_and_time()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("filters");
        var telco = await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var coffee = await client.CreateTopicAsync(ws, "Kopi Senja", "kopi senja");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source,
            Api.Post("a", "Nusantel gangguan lagi, kecewa"),
            Api.Post("b", "Es kopi susu Kopi Senja enak, mantap"),
            Api.Post("c", "KOPI SENJA buka jam berapa ya?"));

        Assert.Single(await client.MentionsAsync(ws, $"?topic={telco}"));
        Assert.Equal(2, (await client.MentionsAsync(ws, $"?topic={coffee}")).Count);
        Assert.Equal(3, (await client.MentionsAsync(ws, "?source=webhook")).Count);
        Assert.Empty(await client.MentionsAsync(ws, "?source=x"));
        Assert.Single(await client.MentionsAsync(ws, "?sentiment=positive"));
        Assert.Single(await client.MentionsAsync(ws, "?sentiment=negative"));
        // Search is case- and accent-insensitive, like the matcher.
        Assert.Single(await client.MentionsAsync(ws, "?q=JAM%20BERAPA"));
        Assert.Equal(3, (await client.MentionsAsync(ws, "?since=2000-01-01T00:00:00Z")).Count);
        Assert.Empty(await client.MentionsAsync(ws, "?until=2000-01-01T00:00:00Z"));
    }

    [Fact]
    public async Task Pages_follow_the_cursor_without_gaps_or_repeats()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("paging");
        await client.CreateTopicAsync(ws, "Belanjain", "belanjain");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source, Enumerable.Range(0, 120).Select(i => Api.Post($"post-{i}", $"Paket Belanjain nomor {i} belum sampai")).ToArray());

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions?limit=50{(cursor is null ? "" : $"&cursor={cursor}")}", Ct)).JsonAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(m => m!["id"]!.GetValue<long>()));
            cursor = page["nextCursor"]?.GetValue<string>();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(120, seen.Count);
        Assert.Equal(120, seen.Distinct().Count());
        Assert.Equal(seen.OrderByDescending(id => id), seen);
    }

    [Theory]
    [InlineData("?sentiment=angry", "sentiment")]
    [InlineData("?cursor=abc", "cursor")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=1000", "limit")]
    [InlineData("?since=2030-01-01T00:00:00Z&until=2020-01-01T00:00:00Z", "until")]
    public async Task Invalid_filters_get_a_problem_naming_the_field(string query, string field)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("badfilters");
        var problem = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions{query}", Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task An_unknown_mention_is_404()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("unknown");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api.Workspace(ws)}/mentions/999999", Ct)).StatusCode);
    }
}
