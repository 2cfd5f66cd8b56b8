using System.Net;
using System.Net.Http.Json;

namespace Pantau.Server.Tests;

/// <summary>Invariant 2: a caller of workspace A cannot see or touch anything of workspace B.</summary>
public sealed class IsolationTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ids_of_another_workspace_answer_404()
    {
        var (a, clientA) = await fixture.Factory.NewWorkspaceAsync("alpha");
        var (b, clientB) = await fixture.Factory.NewWorkspaceAsync("beta");
        var topicB = await clientB.CreateTopicAsync(b, "Rajawali Air", "rajawali air");
        var sourceB = await clientB.CreateWebhookSourceAsync(b);
        await clientB.PushAsync(b, sourceB, Api.Post("b1", "Rajawali Air delay 5 jam"));
        var mentionB = (await clientB.MentionsAsync(b))[0]!["id"]!.GetValue<long>();

        // A's key on B's workspace routes.
        foreach (var path in new[] { "", "/topics", $"/topics/{topicB}", "/sources", $"/sources/{sourceB}", $"/sources/{sourceB}/health", "/mentions", $"/mentions/{mentionB}" })
        {
            var response = await clientA.GetAsync($"{Api.Workspace(b)}{path}", Ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {path} answered {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await clientA.DeleteAsync($"{Api.Workspace(b)}/topics/{topicB}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PutAsJsonAsync($"{Api.Workspace(b)}/sources/{sourceB}", new { name = "mine" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PostAsJsonAsync($"{Api.Workspace(b)}/sources/{sourceB}/posts", new { posts = new[] { Api.Post("x", "rajawali air") } }, Ct)).StatusCode);

        // B's ids inside A's own workspace routes.
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"{Api.Workspace(a)}/topics/{topicB}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"{Api.Workspace(a)}/sources/{sourceB}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.GetAsync($"{Api.Workspace(a)}/mentions/{mentionB}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.DeleteAsync($"{Api.Workspace(a)}/topics/{topicB}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clientA.PostAsJsonAsync($"{Api.Workspace(a)}/sources/{sourceB}/posts", new { posts = new[] { Api.Post("x", "rajawali air") } }, Ct)).StatusCode);

        // And A's list of workspaces is only A.
        var workspaces = await (await clientA.GetAsync("/api/v1/workspaces", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(a, Assert.Single(workspaces.AsArray())!["id"]!.GetValue<Guid>());
        Assert.Single(await clientB.MentionsAsync(b));
    }

    [Fact]
    public async Task The_same_post_in_two_workspaces_is_two_mentions_and_topics_only_match_their_own_workspace()
    {
        var (a, clientA) = await fixture.Factory.NewWorkspaceAsync("gamma");
        var (b, clientB) = await fixture.Factory.NewWorkspaceAsync("delta");
        await clientA.CreateTopicAsync(a, "Bank Sentosa", "bank sentosa");
        var sourceA = await clientA.CreateWebhookSourceAsync(a);
        var sourceB = await clientB.CreateWebhookSourceAsync(b);

        await clientA.PushAsync(a, sourceA, Api.Post("same", "Transfer Bank Sentosa gagal"));
        var inB = await clientB.PushAsync(b, sourceB, Api.Post("same", "Transfer Bank Sentosa gagal"));

        Assert.Single(await clientA.MentionsAsync(a));
        Assert.Equal(1, inB["unmatched"]!.GetValue<int>()); // B has no topic: A's topic does not listen for B.
        Assert.Empty(await clientB.MentionsAsync(b));
    }
}
