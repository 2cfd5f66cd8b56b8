using System.Text.Json.Nodes;

namespace Pantau.Server.Tests;

public sealed class StreamTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    [Fact]
    public async Task New_mentions_arrive_on_the_event_stream_of_their_workspace_only()
    {
        var ct = TestContext.Current.CancellationToken;
        var (a, clientA) = await fixture.Factory.NewWorkspaceAsync("stream-a");
        var (b, clientB) = await fixture.Factory.NewWorkspaceAsync("stream-b");
        await clientA.CreateTopicAsync(a, "Kopi Senja", "kopi senja");
        await clientB.CreateTopicAsync(b, "Kopi Senja", "kopi senja");
        var sourceA = await clientA.CreateWebhookSourceAsync(a);
        var sourceB = await clientB.CreateWebhookSourceAsync(b);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api.Workspace(a)}/mentions/stream");
        using var response = await clientA.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        Assert.Equal(": connected", await reader.ReadLineAsync(timeout.Token));

        // B's mention is pushed first: if isolation failed, it would be the first event A sees.
        await clientB.PushAsync(b, sourceB, Api.Post("b-secret", "Kopi Senja cabang B tutup"));
        await clientA.PushAsync(a, sourceA, Api.Post("a-1", "Kopi Senja cabang A enak"));

        string? eventType = null;
        JsonNode? data = null;
        while (data is null && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventType = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = JsonNode.Parse(line["data: ".Length..]);
            }
        }

        Assert.Equal("mention", eventType);
        Assert.Equal("a-1", data!["externalId"]!.GetValue<string>());
        Assert.Equal(a, data["workspaceId"]!.GetValue<Guid>());
    }
}
