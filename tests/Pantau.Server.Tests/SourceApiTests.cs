using System.Net;
using System.Net.Http.Json;

namespace Pantau.Server.Tests;

public sealed class SourceApiTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_source_keeps_its_secrets_to_itself()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("sources");
        var created = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/sources",
            new { kind = "webhook", name = "Contact form", settings = new { note = "site" }, secrets = new { signingKey = "s3cr3t-value" } }, Ct)).JsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();

        var raw = await client.GetStringAsync($"{Api.Workspace(ws)}/sources/{id}", Ct);
        Assert.DoesNotContain("s3cr3t-value", raw, StringComparison.Ordinal);
        Assert.Contains("\"hasSecrets\":true", raw, StringComparison.Ordinal);

        // Nor does the database hold them in clear.
        var database = await File.ReadAllBytesAsync(Path.Combine(fixture.Factory.DataDirectory, "pantau.db"), Ct);
        var wal = Path.Combine(fixture.Factory.DataDirectory, "pantau.db-wal");
        var all = System.Text.Encoding.UTF8.GetString(database) + (File.Exists(wal) ? System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(wal, Ct)) : "");
        Assert.DoesNotContain("s3cr3t-value", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_is_changed_disabled_and_deleted()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("lifecycle");
        var id = await client.CreateWebhookSourceAsync(ws);

        var health = await (await client.GetAsync($"{Api.Workspace(ws)}/sources/{id}/health", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("push", health["status"]!.GetValue<string>());

        var changed = await (await client.PutAsJsonAsync($"{Api.Workspace(ws)}/sources/{id}", new { name = "Renamed", enabled = false }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Renamed", changed["name"]!.GetValue<string>());
        Assert.Equal("disabled", changed["health"]!["status"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Api.Workspace(ws)}/sources/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api.Workspace(ws)}/sources/{id}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("{\"kind\":\"telepathy\",\"name\":\"x\"}", "kind")]
    [InlineData("{\"kind\":\"webhook\"}", "name")]
    [InlineData("{\"kind\":\"webhook\",\"name\":\"x\",\"settings\":[1,2]}", "settings")]
    [InlineData("{\"kind\":\"demo\",\"name\":\"x\",\"settings\":{\"speed\":-3}}", "settings.speed")]
    public async Task Invalid_sources_are_refused_naming_the_field(string body, string field)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("badsource");
        var response = await client.PostAsync($"{Api.Workspace(ws)}/sources", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Fact]
    public async Task A_bad_delivery_is_refused_with_what_is_wrong_and_nothing_is_stored()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("baddelivery");
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(ws);

        var response = await client.PostAsync($"{Api.Workspace(ws)}/sources/{source}/posts",
            new StringContent("{\"posts\":[{\"id\":\"1\",\"text\":\"nusantel\",\"author\":{\"handle\":\"a\"}},{\"id\":\"2\",\"author\":{\"handle\":\"b\"}}]}", System.Text.Encoding.UTF8, "application/json"), Ct);
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("posts[1].text", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(await client.MentionsAsync(ws));
    }
}
