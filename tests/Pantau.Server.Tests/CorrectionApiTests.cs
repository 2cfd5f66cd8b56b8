using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pantau.Data.Entities;

namespace Pantau.Server.Tests;

/// <summary>People correct a mention's sentiment, intent and spam verdict; counts and filters follow at once.</summary>
public sealed class CorrectionApiTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A workspace with one negative complaint about Nusantel.</summary>
    private async Task<(Guid Workspace, HttpClient Client, long MentionId)> MentionAsync(string name)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync(name);
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source, Api.Post("c1", "Sinyal Nusantel lemot banget dari pagi, kecewa"));
        var mention = Assert.Single(await client.MentionsAsync(ws))!;
        Assert.Equal("negative", mention["enrichment"]!["sentiment"]!.GetValue<string>());
        Assert.Equal("complaint", mention["enrichment"]!["intent"]!.GetValue<string>());
        Assert.Empty(mention["enrichment"]!["corrections"]!.AsArray());
        return (ws, client, mention["id"]!.GetValue<long>());
    }

    private static string Corrections(Guid ws, long id) => $"{Api.Workspace(ws)}/mentions/{id}/corrections";

    [Fact]
    public async Task A_correction_answers_the_mention_as_it_now_is_and_is_listed()
    {
        var (ws, client, id) = await MentionAsync("correct");

        var mention = await (await client.PostAsJsonAsync(Corrections(ws, id), new { sentiment = "positive", intent = "praise" }, Ct)).JsonAsync(HttpStatusCode.OK);

        var enrichment = mention["enrichment"]!;
        Assert.Equal(id, mention["id"]!.GetValue<long>());
        Assert.Equal("positive", enrichment["sentiment"]!.GetValue<string>());
        Assert.Equal("praise", enrichment["intent"]!.GetValue<string>());
        Assert.False(enrichment["isSpam"]!.GetValue<bool>());
        Assert.NotNull(enrichment["spamScore"]);
        Assert.NotNull(enrichment["risk"]!.AsArray());
        var corrected = enrichment["corrections"]!.AsArray();
        Assert.Equal(["sentiment", "intent"], corrected.Select(c => c!["field"]!.GetValue<string>()));
        Assert.Equal("negative", corrected[0]!["original"]!.GetValue<string>());
        Assert.Equal("positive", corrected[0]!["value"]!.GetValue<string>());
        Assert.Equal("API key test", corrected[0]!["by"]!.GetValue<string>());
        Assert.Equal("complaint", corrected[1]!["original"]!.GetValue<string>());

        // The mention reads the same afterwards, alone and in the list.
        var again = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("positive", again["enrichment"]!["sentiment"]!.GetValue<string>());
        Assert.Equal(2, (await client.MentionsAsync(ws))[0]!["enrichment"]!["corrections"]!.AsArray().Count);

        // A second correction of the sentiment: the original stays the model's, the value is the latest.
        await (await client.PostAsJsonAsync(Corrections(ws, id), new { sentiment = "NEUTRAL", spam = true }, Ct)).JsonAsync(HttpStatusCode.OK);
        var list = (await (await client.GetAsync(Corrections(ws, id), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray();
        Assert.Equal(
            [("spam", "false", "true"), ("sentiment", "positive", "neutral"), ("intent", "complaint", "praise"), ("sentiment", "negative", "positive")],
            list.Select(c => (c!["field"]!.GetValue<string>(), c["from"]!.GetValue<string>(), c["to"]!.GetValue<string>())));
        Assert.All(list, c => Assert.Equal("API key test", c!["by"]!.GetValue<string>()));
        Assert.Equal(list.Select(c => c!["id"]!.GetValue<long>()).OrderDescending(), list.Select(c => c!["id"]!.GetValue<long>()));
        var now = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        var sentiment = now["enrichment"]!["corrections"]!.AsArray().Single(c => c!["field"]!.GetValue<string>() == "sentiment")!;
        Assert.Equal(("negative", "neutral"), (sentiment["original"]!.GetValue<string>(), sentiment["value"]!.GetValue<string>()));
        Assert.True(now["enrichment"]!["isSpam"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Correcting_to_the_current_value_changes_nothing()
    {
        var (ws, client, id) = await MentionAsync("noop");

        var mention = await (await client.PostAsJsonAsync(Corrections(ws, id), new { sentiment = "negative", spam = false }, Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("negative", mention["enrichment"]!["sentiment"]!.GetValue<string>());
        Assert.Empty(mention["enrichment"]!["corrections"]!.AsArray());
        Assert.Empty((await (await client.GetAsync(Corrections(ws, id), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());
        Assert.Equal(0, (await (await client.GetAsync($"{Api.Workspace(ws)}/corrections/summary", Ct)).JsonAsync(HttpStatusCode.OK))["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"sentiment":"angry"}""", "sentiment")]
    [InlineData("""{"intent":"threat"}""", "intent")]
    [InlineData("""{"sentiment":"positive","intent":""}""", "intent")]
    [InlineData("""{}""", "body")]
    [InlineData("""[]""", "body")]
    [InlineData("""{"spam":"maybe"}""", "spam")]
    [InlineData("""{"spam":1}""", "spam")]
    [InlineData("""{"sentiment":2}""", "sentiment")]
    [InlineData("""{"sentiment":"positive","sentimen":"negative"}""", "sentimen")]
    public async Task A_bad_value_gets_a_problem_naming_the_field_and_changes_nothing(string body, string field)
    {
        var (ws, client, id) = await MentionAsync("badvalue");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        var problem = await (await client.PostAsync(Corrections(ws, id), content, Ct)).JsonAsync(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
        var mention = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("negative", mention["enrichment"]!["sentiment"]!.GetValue<string>());
        Assert.Empty((await (await client.GetAsync(Corrections(ws, id), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task A_mention_of_another_workspace_is_404_and_stays_as_it_was()
    {
        var (b, clientB, mentionB) = await MentionAsync("victim");
        var (a, clientA) = await fixture.Factory.NewWorkspaceAsync("intruder");

        // B's mention through A's workspace, and B's workspace with A's key.
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PostAsJsonAsync(Corrections(a, mentionB), new { sentiment = "positive" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PostAsJsonAsync(Corrections(b, mentionB), new { sentiment = "positive" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync(Corrections(a, mentionB), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync(Corrections(b, mentionB), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"{Api.Workspace(b)}/corrections/summary", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PostAsJsonAsync(Corrections(a, 999_999_999), new { sentiment = "positive" }, Ct)).StatusCode);

        var mention = await (await clientB.GetAsync($"{Api.Workspace(b)}/mentions/{mentionB}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("negative", mention["enrichment"]!["sentiment"]!.GetValue<string>());
        Assert.Empty((await (await clientB.GetAsync(Corrections(b, mentionB), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());
    }

    [Fact]
    public async Task A_viewer_reads_corrections_but_cannot_correct_and_an_agent_can()
    {
        var (ws, admin, id) = await MentionAsync("roles");
        var viewer = await fixture.Factory.ClientForAsync(ws, WorkspaceRole.Viewer);
        var agent = await fixture.Factory.ClientForAsync(ws, WorkspaceRole.Agent);

        var forbidden = await viewer.PostAsJsonAsync(Corrections(ws, id), new { sentiment = "positive" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Empty((await (await viewer.GetAsync(Corrections(ws, id), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());

        await (await agent.PostAsJsonAsync(Corrections(ws, id), new { sentiment = "positive" }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Single((await (await viewer.GetAsync(Corrections(ws, id), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());
        Assert.Equal("positive", (await admin.MentionsAsync(ws))[0]!["enrichment"]!["sentiment"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_list_filter_by_sentiment_follows_the_correction()
    {
        var (ws, client, id) = await MentionAsync("filter");
        Assert.Single(await client.MentionsAsync(ws, "?sentiment=negative"));
        Assert.Empty(await client.MentionsAsync(ws, "?sentiment=positive"));

        await (await client.PostAsJsonAsync(Corrections(ws, id), new { sentiment = "positive" }, Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(await client.MentionsAsync(ws, "?sentiment=negative"));
        var positive = Assert.Single(await client.MentionsAsync(ws, "?sentiment=positive"))!;
        Assert.Equal(id, positive["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_summary_counts_corrections_per_field_and_per_change()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("summary");
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source,
            Api.Post("s1", "Sinyal Nusantel lemot banget, kecewa"),
            Api.Post("s2", "Nusantel gangguan lagi, parah"),
            Api.Post("s3", "Nusantel tolong dicek, internet mati terus"));
        var ids = (await client.MentionsAsync(ws)).Select(m => m!["id"]!.GetValue<long>()).ToList();
        Assert.Equal(3, ids.Count);
        var models = new Dictionary<long, string>();
        foreach (var id in ids)
        {
            var m = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
            models[id] = m["enrichment"]!["sentiment"]!.GetValue<string>();
        }

        foreach (var id in ids)
        {
            await (await client.PostAsJsonAsync(Corrections(ws, id), new { sentiment = models[id] == "neutral" ? "positive" : "neutral" }, Ct)).JsonAsync(HttpStatusCode.OK);
        }

        await (await client.PostAsJsonAsync(Corrections(ws, ids[0]), new { spam = true }, Ct)).JsonAsync(HttpStatusCode.OK);

        var summary = await (await client.GetAsync($"{Api.Workspace(ws)}/corrections/summary", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, summary["total"]!.GetValue<int>());
        Assert.Equal(3, summary["mentions"]!.GetValue<int>());
        var fields = summary["fields"]!.AsArray().ToDictionary(f => f!["field"]!.GetValue<string>(), f => f!["count"]!.GetValue<int>());
        Assert.Equal(new Dictionary<string, int> { ["sentiment"] = 3, ["spam"] = 1 }, fields);
        var changes = summary["changes"]!.AsArray()
            .ToDictionary(c => (c!["field"]!.GetValue<string>(), c["from"]!.GetValue<string>(), c["to"]!.GetValue<string>()), c => c!["count"]!.GetValue<int>());
        var expected = ids.GroupBy(id => (models[id], models[id] == "neutral" ? "positive" : "neutral"))
            .ToDictionary(g => ("sentiment", g.Key.Item1, g.Key.Item2), g => g.Count());
        expected[("spam", "false", "true")] = 1;
        Assert.Equal(expected, changes);

        // Another workspace's summary knows nothing of these.
        var (other, otherClient) = await fixture.Factory.NewWorkspaceAsync("summary-other");
        var empty = await (await otherClient.GetAsync($"{Api.Workspace(other)}/corrections/summary", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, empty["total"]!.GetValue<int>());
        Assert.Empty(empty["changes"]!.AsArray());
    }

    [Fact]
    public async Task New_mentions_carry_risk_and_spam_score_fields_live_and_stored()
    {
        var (ws, client, id) = await MentionAsync("fields");
        var mention = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        var enrichment = mention["enrichment"]!.AsObject();
        Assert.IsType<JsonArray>(enrichment["risk"]);
        Assert.True(enrichment["spamScore"]!.GetValue<double>() is >= 0 and <= 1);
    }
}
