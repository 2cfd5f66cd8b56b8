using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pantau.Server.Tests;

/// <summary>Small helpers over the REST API, in the API's own JSON shapes.</summary>
public static class Api
{
    public static string Workspace(Guid id) => $"/api/v1/workspaces/{id}";

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body.Length == 0 ? "null" : body) ?? new JsonObject();
    }

    public static async Task<Guid> CreateTopicAsync(this HttpClient client, Guid workspace, string name, string query)
    {
        var created = await (await client.PostAsJsonAsync($"{Workspace(workspace)}/topics", new { name, query })).JsonAsync(HttpStatusCode.Created);
        return created["id"]!.GetValue<Guid>();
    }

    public static async Task<Guid> CreateWebhookSourceAsync(this HttpClient client, Guid workspace, string name = "Web form")
    {
        var created = await (await client.PostAsJsonAsync($"{Workspace(workspace)}/sources", new { kind = "webhook", name })).JsonAsync(HttpStatusCode.Created);
        return created["id"]!.GetValue<Guid>();
    }

    public static async Task<JsonNode> PushAsync(this HttpClient client, Guid workspace, Guid source, params object[] posts)
    {
        var response = await client.PostAsJsonAsync($"{Workspace(workspace)}/sources/{source}/posts", new { posts });
        return await response.JsonAsync(HttpStatusCode.OK);
    }

    public static object Post(string id, string text, string handle = "pelanggan", long followers = 100) =>
        new { id, text, author = new { handle, name = "Pelanggan", followers } };

    public static async Task<JsonArray> MentionsAsync(this HttpClient client, Guid workspace, string query = "")
    {
        var page = await (await client.GetAsync($"{Workspace(workspace)}/mentions{query}")).JsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray();
    }

    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
