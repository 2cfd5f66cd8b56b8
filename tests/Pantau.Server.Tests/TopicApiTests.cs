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
        var id = await client.CreateTopicAsync(ws, "Nusantel", "nusantel, NusaHome");

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
