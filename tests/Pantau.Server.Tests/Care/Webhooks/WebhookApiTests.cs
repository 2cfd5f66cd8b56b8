using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Data.Entities;

namespace Pantau.Server.Tests.Care.Webhooks;

public sealed class WebhookApiTests(CareFixture fixture) : IClassFixture<CareFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] TwoEvents = ["case.created", "case.resolved"];

    private static string Hooks(Guid ws) => WebhookDeliveryTests.Hooks(ws);

    [Fact]
    public async Task The_secret_is_shown_once_stored_encrypted_and_rotated()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("secret");
        var created = await (await client.PostAsJsonAsync(Hooks(ws), new { url = "https://crm.example.com/pantau", events = TwoEvents }, Ct)).JsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        var secret = created["secret"]!.GetValue<string>();
        Assert.Equal(43, secret.Length); // 32 bytes, base64url without padding
        Assert.Equal(["case.created", "case.resolved"], created["events"]!.AsArray().Select(e => e!.GetValue<string>()));

        var list = await (await client.GetAsync(Hooks(ws), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Null(Assert.Single(list.AsArray())!["secret"]);
        var stored = await fixture.Factory.WithDbAsync(db => db.CareWebhooks.Where(w => w.Id == id).Select(w => w.ProtectedSecret).FirstAsync(Ct));
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);

        var rotated = await (await client.PostAsync($"{Hooks(ws)}/{id}/rotate-secret", null, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(secret, rotated["secret"]!.GetValue<string>());

        var updated = await (await client.PutAsJsonAsync($"{Hooks(ws)}/{id}", new { url = "https://crm.example.com/v2", enabled = false }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("https://crm.example.com/v2", updated["url"]!.GetValue<string>());
        Assert.False(updated["enabled"]!.GetValue<bool>());
        Assert.Null(updated["secret"]);

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{Hooks(ws)}/{id}", Ct)).StatusCode);
        Assert.Empty((await (await client.GetAsync(Hooks(ws), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());
    }

    [Theory]
    [InlineData("{\"url\":\"\"}", "url")]
    [InlineData("{\"url\":\"crm.example.com/x\"}", "url")]
    [InlineData("{\"url\":\"https://user:pw@crm.example.com/x\"}", "url")]
    [InlineData("{\"url\":\"http://10.0.0.5/x\"}", "url")]
    [InlineData("{\"url\":\"https://crm.example.com/x\",\"events\":[\"case.deleted\"]}", "events")]
    public async Task Invalid_input_gets_a_problem_naming_the_field(string body, string field)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("invalid");
        var response = await client.PostAsync(Hooks(ws), new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }

    [Theory]
    [InlineData(WorkspaceRole.Supervisor)]
    [InlineData(WorkspaceRole.Agent)]
    [InlineData(WorkspaceRole.Viewer)]
    public async Task Only_admins_see_and_change_webhooks(WorkspaceRole role)
    {
        var (ws, admin) = await fixture.Factory.NewWorkspaceAsync("roles");
        var id = await WebhookDeliveryTests.CreateAsync(admin, ws, "https://crm.example.com/x", []);
        var other = await fixture.Factory.ClientForAsync(ws, role);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Hooks(ws), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync(Hooks(ws), new { url = "https://crm.example.com/y" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"{Hooks(ws)}/{id}/rotate-secret", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"{Hooks(ws)}/{id}/deliveries", Ct)).StatusCode);

        // The summary of satisfaction surveys is for every member.
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"{Api.Workspace(ws)}/care/csat", Ct)).StatusCode);
    }

    [Fact]
    public async Task Another_workspaces_webhook_is_not_found()
    {
        var (ws, admin) = await fixture.Factory.NewWorkspaceAsync("mine");
        var id = await WebhookDeliveryTests.CreateAsync(admin, ws, "https://crm.example.com/x", []);
        var (otherWs, otherAdmin) = await fixture.Factory.NewWorkspaceAsync("theirs");

        // Through their own workspace's routes, with my webhook's id.
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PutAsJsonAsync($"{Hooks(otherWs)}/{id}", new { enabled = false }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.DeleteAsync($"{Hooks(otherWs)}/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync($"{Hooks(otherWs)}/{id}/deliveries", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"{Hooks(otherWs)}/{id}/test", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"{Hooks(otherWs)}/{id}/rotate-secret", null, Ct)).StatusCode);
        Assert.Empty((await (await otherAdmin.GetAsync(Hooks(otherWs), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());

        // Through mine, where they have no role.
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.GetAsync(Hooks(ws), Ct)).StatusCode);
        Assert.True((await (await admin.GetAsync($"{Hooks(ws)}", Ct)).JsonAsync(HttpStatusCode.OK))[0]!["enabled"]!.GetValue<bool>());
    }
}
