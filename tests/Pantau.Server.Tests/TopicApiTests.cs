using System.Net;
using System.Net.Http.Json;
using Pantau.Data.Entities;

namespace Pantau.Server.Tests;

public sealed class TopicApiTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_topic_is_created_read_changed_and_deleted()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("topics");
        var id = await client.CreateTopicAsync(ws, "Nusantel", "nusantel OR NusaHome");

        var read = await (await client.GetAsync($"{Api.Workspace(ws)}/topics/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Nusantel", read["name"]!.GetValue<string>());
        Assert.True(read["enabled"]!.GetValue<bool>());

        var changed = await (await client.PutAsJsonAsync($"{Api.Workspace(ws)}/topics/{id}", new { query = "nusantel", color = "#112233", enabled = false }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("nusantel", changed["query"]!.GetValue<string>());
        Assert.Equal("#112233", changed["color"]!.GetValue<string>());
        Assert.False(changed["enabled"]!.GetValue<bool>());

        var list = await (await client.GetAsync($"{Api.Workspace(ws)}/topics", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Single(list.AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Api.Workspace(ws)}/topics/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api.Workspace(ws)}/topics/{id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("{\"query\":\"nusantel\"}", "name")]
    [InlineData("{\"name\":\"A\",\"query\":\"\"}", "query")]
    [InlineData("{\"name\":\"A\",\"query\":\" , OR \"}", "query")]
    [InlineData("{\"name\":\"A\",\"query\":\"x\",\"color\":\"red\"}", "color")]
    public async Task Invalid_input_gets_a_problem_naming_the_field(string body, string field)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("invalid");
        var response = await client.PostAsync($"{Api.Workspace(ws)}/topics", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Theory]
    [InlineData("nusantel sinyal NEAR/5", 17, "NEAR/5 needs something on its right, column 17.")]
    [InlineData("(kopi OR senja", 1, "This '(' is never closed; add ')', column 1.")]
    [InlineData("-promo", 1, "The query only excludes (NOT or '-'), so it would match nearly everything; add words to look for, column 1.")]
    public async Task A_query_that_does_not_parse_gets_a_problem_naming_the_column(string query, int column, string message)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("badquery");
        var response = await client.PostAsJsonAsync($"{Api.Workspace(ws)}/topics", new { name = "Nusantel", query }, Ct);
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(message, problem["errors"]!["query"]![0]!.GetValue<string>());
        Assert.Equal(column, problem["column"]!.GetValue<int>());

        var preview = await client.PostAsJsonAsync($"{Api.Workspace(ws)}/topics/preview", new { query }, Ct);
        Assert.Equal(column, (await preview.JsonAsync(HttpStatusCode.BadRequest))["column"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_preview_counts_stored_mentions_and_recent_unmatched_posts_with_the_matched_words()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("preview");
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source,
            Api.Post("p1", "Sinyal Nusantel lemooot banget"),
            Api.Post("p2", "Nusantel promo kuota"),
            Api.Post("p3", "Kopi Senja enak, tapi sinyal di sana lemot"),
            Api.Post("p4", "cuaca cerah"));

        var result = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/topics/preview", new { query = "sinyal NEAR/3 lemot -promo" }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Null(result["error"]);
        Assert.Equal(2, result["stored"]!["scanned"]!.GetValue<int>());
        Assert.Equal(1, result["stored"]!["matched"]!.GetValue<int>());
        Assert.Equal(2, result["unmatched"]!["scanned"]!.GetValue<int>());
        Assert.Equal(1, result["unmatched"]!["matched"]!.GetValue<int>());
        var examples = result["examples"]!.AsArray();
        Assert.Equal(["stored", "unmatched"], examples.Select(e => e!["origin"]!.GetValue<string>()).Order());
        var stored = examples.Single(e => e!["origin"]!.GetValue<string>() == "stored")!;
        var marked = stored["text"]!.AsArray().Where(s => s!["match"]!.GetValue<bool>()).Select(s => s!["text"]!.GetValue<string>());
        Assert.Equal(["Sinyal", "lemooot"], marked);
        Assert.Equal("Sinyal Nusantel lemooot banget", string.Concat(stored["text"]!.AsArray().Select(s => s!["text"]!.GetValue<string>())));
    }

    [Fact]
    public async Task A_changed_query_applies_to_the_next_post()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("requery");
        var topic = await client.CreateTopicAsync(ws, "Rajawali Air", "\"rajawali air\"");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source, Api.Post("a1", "Rajawali delay lagi, air minum habis"));
        Assert.Empty(await client.MentionsAsync(ws));

        var changed = await client.PutAsJsonAsync($"{Api.Workspace(ws)}/topics/{topic}", new { query = "rajawali NEAR/3 delay*" }, Ct);
        await changed.JsonAsync(HttpStatusCode.OK);
        await client.PushAsync(ws, source, Api.Post("a2", "Rajawali delayed again #kecewa"));
        var mention = Assert.Single(await client.MentionsAsync(ws));
        Assert.Equal("a2", mention!["externalId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_a_bad_request()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("malformed");
        var response = await client.PostAsync($"{Api.Workspace(ws)}/topics", new StringContent("{\"name\":", System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Two_topics_of_a_workspace_cannot_share_a_name()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("dupes");
        await client.CreateTopicAsync(ws, "Kopi Senja", "kopi senja");
        var response = await client.PostAsJsonAsync($"{Api.Workspace(ws)}/topics", new { name = "Kopi Senja", query = "kopisenja" }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_read_topics_but_not_change_them()
    {
        var (ws, admin) = await fixture.Factory.NewWorkspaceAsync("roles");
        await admin.CreateTopicAsync(ws, "Belanjain", "belanjain");
        var viewer = await fixture.Factory.ClientForAsync(ws, WorkspaceRole.Viewer);

        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{Api.Workspace(ws)}/topics", Ct)).StatusCode);
        var response = await viewer.PostAsJsonAsync($"{Api.Workspace(ws)}/topics", new { name = "X", query = "x" }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
