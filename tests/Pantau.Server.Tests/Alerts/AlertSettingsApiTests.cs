using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Pantau.Data.Entities;

#pragma warning disable CA1861 // request bodies are built once per call

namespace Pantau.Server.Tests.Alerts;

/// <summary>The alert settings API: validation, write-only secrets, rules and author lists, roles and workspace isolation.</summary>
public sealed class AlertSettingsApiTests : IAsyncLifetime
{
    private AlertFixture _fixture = null!;

    public async ValueTask InitializeAsync() => _fixture = await AlertFixture.StartAsync();

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Channels_are_validated_per_kind_and_their_secret_is_never_returned()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("channels");
        var url = $"/api/v1/workspaces/{ws}/alert-channels";

        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Ops", kind = "pager", address = "x" }, Ct), "kind");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Ops", kind = "email", address = "not an address" }, Ct), "address");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Ops", kind = "slack", address = "http://hooks.slack.com/services/x" }, Ct), "address");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Ops", kind = "webhook", address = "https://127.0.0.1/hook" }, Ct), "address");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Ops", kind = "telegram", address = "my group", secret = "123:abc" }, Ct), "address");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Ops", kind = "telegram", address = "-100123" }, Ct), "secret");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Ops", kind = "email", address = "a@b.test", quietHours = new { start = "25:00", end = "07:00" } }, Ct), "quietHours.start");

        var created = await client.PostAsJsonAsync(url, new
        {
            name = "Ops Telegram", kind = "telegram", address = "-1001234567890", secret = "123456:SECRET-TOKEN", minSeverity = "high",
            quietHours = new { start = "22:00", end = "07:00", timeZone = "Asia/Jakarta" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var text = await created.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("SECRET-TOKEN", text, StringComparison.Ordinal);
        var channel = JsonNode.Parse(text)!;
        Assert.True(channel["hasSecret"]!.GetValue<bool>());
        Assert.Equal("high", channel["minSeverity"]!.GetValue<string>());
        Assert.Equal("22:00", channel["quietHours"]!["start"]!.GetValue<string>());
        var id = channel["id"]!.GetValue<Guid>();

        var listed = await client.GetStringAsync(url, Ct);
        Assert.DoesNotContain("SECRET-TOKEN", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("protected", listed, StringComparison.OrdinalIgnoreCase);

        var slack = await client.PostAsJsonAsync(url, new { name = "Local chat", kind = "slack", address = _fixture.Receiver.Url("/hook") }, Ct);
        Assert.Equal(HttpStatusCode.Created, slack.StatusCode); // http to an allowed local host

        var renamed = await client.PutAsJsonAsync($"{url}/{id}", new { name = "Night shift", clearQuietHours = true }, Ct);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var after = JsonNode.Parse(await renamed.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("Night shift", after["name"]!.GetValue<string>());
        Assert.Null(after["quietHours"]);
        Assert.True(after["hasSecret"]!.GetValue<bool>());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{url}/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{url}/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_test_notice_is_sent_now_and_its_outcome_returned()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("test-notice");
        _fixture.Receiver.Map("/try", (_, context) => context.Response.WriteAsync("ok"));
        _fixture.Receiver.MapStatus("/try-gone", 404);
        var ok = await CreateAsync(client, ws, new { name = "Try", kind = "slack", address = _fixture.Receiver.Url("/try") });
        var gone = await CreateAsync(client, ws, new { name = "Gone", kind = "slack", address = _fixture.Receiver.Url("/try-gone") });

        var delivered = JsonNode.Parse(await (await client.PostAsync($"/api/v1/workspaces/{ws}/alert-channels/{ok}/test", null, Ct)).Content.ReadAsStringAsync(Ct))!;
        Assert.True(delivered["delivered"]!.GetValue<bool>());
        Assert.Contains("Peringatan uji", Assert.Single(_fixture.Receiver.Received("/try")).Body, StringComparison.Ordinal);

        var refused = JsonNode.Parse(await (await client.PostAsync($"/api/v1/workspaces/{ws}/alert-channels/{gone}/test", null, Ct)).Content.ReadAsStringAsync(Ct))!;
        Assert.False(refused["delivered"]!.GetValue<bool>());
        Assert.Equal(404, refused["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Settings_validate_escalation_channels_and_recipients()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("settings");
        var (otherWs, otherClient) = await _fixture.Factory.NewWorkspaceAsync("settings-other");
        var foreign = await CreateAsync(otherClient, otherWs, new { name = "Theirs", kind = "email", address = "x@other.test" });
        var url = $"/api/v1/workspaces/{ws}/alert-settings";

        var defaults = JsonNode.Parse(await client.GetStringAsync(url, Ct))!;
        Assert.Equal("normal", defaults["spikeSensitivity"]!.GetValue<string>());
        Assert.Equal("id", defaults["language"]!.GetValue<string>());

        await AssertInvalidAsync(client.PutAsJsonAsync(url, new { escalation = new[] { new { afterMinutes = 15, channelId = foreign } } }, Ct), "escalation");
        await AssertInvalidAsync(client.PutAsJsonAsync(url, new { digestRecipients = new[] { "not-an-address" } }, Ct), "digestRecipients");
        await AssertInvalidAsync(client.PutAsJsonAsync(url, new { spikeSensitivity = "extreme" }, Ct), "spikeSensitivity");
        await AssertInvalidAsync(client.PutAsJsonAsync(url, new { language = "fr" }, Ct), "language");

        var saved = await client.PutAsJsonAsync(url, new { spikeSensitivity = "high", dailyDigest = true, digestRecipients = new[] { "pr@nusantel.test" }, language = "en" }, Ct);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var again = JsonNode.Parse(await client.GetStringAsync(url, Ct))!;
        Assert.Equal("high", again["spikeSensitivity"]!.GetValue<string>());
        Assert.Equal("pr@nusantel.test", again["digestRecipients"]![0]!.GetValue<string>());

        var viewer = await _fixture.Factory.ClientForAsync(ws, WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(url, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync(url, new { language = "id" }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Rules_are_validated_and_a_bad_query_names_its_column()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("rules");
        var url = $"/api/v1/workspaces/{ws}/alert-rules";

        var bad = await client.PostAsJsonAsync(url, new { name = "Legal", severity = "high", conditions = new { query = "pengacara AND (somasi" } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = JsonNode.Parse(await bad.Content.ReadAsStringAsync(Ct))!;
        Assert.NotNull(problem["errors"]!["query"]);
        Assert.True(problem["column"]!.GetValue<int>() > 0);

        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "X", severity = "urgent" }, Ct), "severity");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "X", severity = "low", conditions = new { sentiments = new[] { "angry" } } }, Ct), "sentiments");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "", severity = "low" }, Ct), "name");
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "X", severity = "low", conditions = new { topicIds = new[] { Guid.NewGuid() } } }, Ct), "topicIds");

        var list = await client.PostAsJsonAsync($"/api/v1/workspaces/{ws}/author-lists", new { name = "Journalists", handles = new[] { "@tempo", "kompas" } }, Ct);
        Assert.Equal(HttpStatusCode.Created, list.StatusCode);
        var listId = JsonNode.Parse(await list.Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<Guid>();

        var created = await client.PostAsJsonAsync(url, new
        {
            name = "Legal threats", severity = "critical", enabled = true,
            conditions = new { query = "somasi OR pengacara", sentiments = new[] { "negative" }, intents = new[] { "complaint" }, risk = new[] { "legal" }, minReach = 10000, authorListIds = new[] { listId } },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var rule = JsonNode.Parse(await created.Content.ReadAsStringAsync(Ct))!;
        var ruleId = rule["id"]!.GetValue<Guid>();
        Assert.Equal("critical", rule["severity"]!.GetValue<string>());
        Assert.Equal(listId, rule["conditions"]!["authorListIds"]![0]!.GetValue<Guid>());

        var updated = await client.PutAsJsonAsync($"{url}/{ruleId}", new { name = "Legal threats", severity = "high", enabled = false, conditions = new { query = "somasi" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var got = JsonNode.Parse(await client.GetStringAsync($"{url}/{ruleId}", Ct))!;
        Assert.False(got["enabled"]!.GetValue<bool>());
        Assert.Equal("somasi", got["conditions"]!["query"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{url}/{ruleId}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Author_lists_take_handles_as_an_array()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("lists");
        var url = $"/api/v1/workspaces/{ws}/author-lists";
        await AssertInvalidAsync(client.PostAsJsonAsync(url, new { name = "Empty", handles = Array.Empty<string>() }, Ct), "handles");

        var created = await client.PostAsJsonAsync(url, new { name = "VIP", handles = new[] { "@budi", "ana", "@budi" } }, Ct);
        var id = JsonNode.Parse(await created.Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<Guid>();
        var updated = await client.PutAsJsonAsync($"{url}/{id}", new { handles = new[] { "@citra" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var lists = JsonNode.Parse(await client.GetStringAsync(url, Ct))!.AsArray();
        Assert.Equal(["@citra"], lists.Single()!["handles"]!.AsArray().Select(h => h!.GetValue<string>()));
        Assert.Equal("VIP", lists.Single()!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_workspaces_channels_rules_and_lists_answer_404()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("mine");
        var (otherWs, otherClient) = await _fixture.Factory.NewWorkspaceAsync("theirs");
        var channel = await CreateAsync(otherClient, otherWs, new { name = "Theirs", kind = "email", address = "x@other.test" });
        var list = JsonNode.Parse(await (await otherClient.PostAsJsonAsync($"/api/v1/workspaces/{otherWs}/author-lists", new { name = "L", handles = new[] { "a" } }, Ct)).Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<Guid>();
        var rule = JsonNode.Parse(await (await otherClient.PostAsJsonAsync($"/api/v1/workspaces/{otherWs}/alert-rules", new { name = "R", severity = "low" }, Ct)).Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<Guid>();
        var mine = $"/api/v1/workspaces/{ws}";

        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"{mine}/alert-channels/{channel}", new { name = "Mine now" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{mine}/alert-channels/{channel}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"{mine}/alert-channels/{channel}/test", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{mine}/alert-rules/{rule}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"{mine}/alert-rules/{rule}", new { name = "R", severity = "low" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{mine}/author-lists/{list}", Ct)).StatusCode);
        await AssertInvalidAsync(client.PostAsJsonAsync($"{mine}/alert-rules", new { name = "R", severity = "low", conditions = new { authorListIds = new[] { list } } }, Ct), "authorListIds");
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/workspaces/{otherWs}/alert-channels", Ct)).StatusCode);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync($"{mine}/alert-channels", Ct))!.AsArray());
    }

    private static async Task<Guid> CreateAsync(HttpClient client, Guid ws, object channel)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/workspaces/{ws}/alert-channels", channel, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!["id"]!.GetValue<Guid>();
    }

    private static async Task AssertInvalidAsync(Task<HttpResponseMessage> call, string field)
    {
        using var response = await call;
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{field}: {(int)response.StatusCode} {body}");
        Assert.NotNull(JsonNode.Parse(body)!["errors"]![field]);
    }
}
