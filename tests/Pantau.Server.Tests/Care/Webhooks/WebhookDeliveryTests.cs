using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Core.Care;
using Pantau.Data.Entities;
using Pantau.Server.Care.Webhooks;

namespace Pantau.Server.Tests.Care.Webhooks;

public sealed class WebhookDeliveryTests(CareFixture fixture) : IClassFixture<CareFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PantauFactory Factory => fixture.Factory;

    private CareWebhookOutbox Outbox => Factory.Services.GetRequiredService<CareWebhookOutbox>();

    [Fact]
    public async Task Events_are_queued_only_for_enabled_webhooks_that_want_them_and_not_saved_by_the_outbox()
    {
        var (ws, client) = await Factory.NewWorkspaceAsync("outbox");
        var (otherWs, otherClient) = await Factory.NewWorkspaceAsync("outbox-other");
        var created = await CreateAsync(client, ws, "https://crm.example.com/created", [CareEventTypes.Created]);
        var all = await CreateAsync(client, ws, "https://crm.example.com/all", []);
        var resolved = await CreateAsync(client, ws, "https://crm.example.com/resolved", [CareEventTypes.Resolved]);
        var disabled = await CreateAsync(client, ws, "https://crm.example.com/off", []);
        await (await client.PutAsJsonAsync($"{Hooks(ws)}/{disabled}", new { enabled = false }, Ct)).JsonAsync(HttpStatusCode.OK);
        await CreateAsync(otherClient, otherWs, "https://crm.example.com/other", []);
        var @case = await Factory.NewCaseAsync(ws);

        Assert.Equal(new[] { created, all }.Order(), await QueuedForAsync(@case, CareEventTypes.Created));

        // An edit is seen at once (the cached list is dropped).
        await (await client.PutAsJsonAsync($"{Hooks(ws)}/{resolved}", new { events = new[] { CareEventTypes.Resolved, CareEventTypes.Created } }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(new[] { created, all, resolved }.Order(), await QueuedForAsync(@case, CareEventTypes.Created));
        Assert.Equal(new[] { all, resolved }.Order(), await QueuedForAsync(@case, CareEventTypes.Resolved));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.CareWebhookDeliveries.CountAsync(d => d.WorkspaceId == ws, Ct)));
    }

    [Fact]
    public async Task A_delivery_is_signed_with_the_secret_and_carries_the_documented_payload_and_headers()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.MapStatus("/hook", 204);
        var (ws, client) = await Factory.NewWorkspaceAsync("signed");
        var hook = await (await client.PostAsJsonAsync(Hooks(ws), new { url = receiver.Url("/hook"), events = Array.Empty<string>() }, Ct)).JsonAsync(HttpStatusCode.Created);
        var secret = hook["secret"]!.GetValue<string>();
        var @case = await Factory.NewCaseAsync(ws);

        await EnqueueAsync(@case, CareEventTypes.Resolved, new { resolvedBy = "Sari" });
        await CareTestData.EventuallyAsync(() => Task.FromResult(receiver.Received("/hook").Count == 1), "the delivery");

        var request = receiver.Received("/hook")[0];
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("Pantau/1 (+webhooks)", request.Header("User-Agent"));
        Assert.Equal(CareEventTypes.Resolved, request.Header("Pantau-Event-Type"));
        Assert.True(WebhookSignature.Verify(Encoding.UTF8.GetBytes(request.Body), request.Header("Pantau-Signature"), secret, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes(request.Body + " "), request.Header("Pantau-Signature"), secret, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));

        var payload = JsonNode.Parse(request.Body)!;
        Assert.Equal(request.Header("Pantau-Event-Id"), payload["id"]!.GetValue<string>());
        Assert.Equal(32, payload["id"]!.GetValue<string>().Length);
        Assert.Equal("case.resolved", payload["type"]!.GetValue<string>());
        Assert.Equal(ws, payload["workspaceId"]!.GetValue<Guid>());
        var c = payload["case"]!;
        Assert.Equal(@case.Number, c["number"]!.GetValue<int>());
        Assert.Equal("resolved", c["status"]!.GetValue<string>());
        Assert.Equal("high", c["priority"]!.GetValue<string>());
        Assert.Equal("negative", c["sentiment"]!.GetValue<string>());
        Assert.Equal("complaint", c["intent"]!.GetValue<string>());
        Assert.Equal(["legal", "viral"], c["risk"]!.AsArray().Select(r => r!.GetValue<string>()));
        var slug = await Factory.WithDbAsync(db => db.Workspaces.Where(w => w.Id == ws).Select(w => w.Slug).FirstAsync(Ct));
        Assert.Equal($"{CareFixture.PublicUrl}/w/{slug}/inbox?case={@case.Number}", c["url"]!.GetValue<string>());
        Assert.Equal("Sari", payload["data"]!["resolvedBy"]!.GetValue<string>());

        var log = await DeliveriesAsync(client, ws, hook["id"]!.GetValue<Guid>());
        Assert.Equal("delivered", log[0]!["status"]!.GetValue<string>());
        Assert.Equal(1, log[0]!["attempts"]!.GetValue<int>());
        Assert.Equal(204, log[0]!["lastStatus"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_server_error_is_retried_until_it_succeeds_with_the_same_event_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Map("/flaky", (n, context) =>
        {
            context.Response.StatusCode = n <= 2 ? 500 : 200;
            return Task.CompletedTask;
        });
        var (ws, client) = await Factory.NewWorkspaceAsync("retry");
        var id = await CreateAsync(client, ws, receiver.Url("/flaky"), []);
        await EnqueueAsync(await Factory.NewCaseAsync(ws), CareEventTypes.Created, null);

        await CareTestData.EventuallyAsync(async () => (await DeliveriesAsync(client, ws, id))[0]!["status"]!.GetValue<string>() == "delivered", "delivered after two 500s");
        var log = await DeliveriesAsync(client, ws, id);
        Assert.Equal(3, log[0]!["attempts"]!.GetValue<int>());
        Assert.Equal(3, receiver.Received("/flaky").Count);
        Assert.Single(receiver.Received("/flaky").Select(r => r.Header("Pantau-Event-Id")).Distinct());
    }

    [Fact]
    public async Task Retry_After_is_honoured_instead_of_the_backoff()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Map("/busy", (n, context) =>
        {
            context.Response.StatusCode = n == 1 ? 429 : 200;
            if (n == 1)
            {
                context.Response.Headers.RetryAfter = "2";
            }

            return Task.CompletedTask;
        });
        var (ws, client) = await Factory.NewWorkspaceAsync("retryafter");
        await CreateAsync(client, ws, receiver.Url("/busy"), []);
        await EnqueueAsync(await Factory.NewCaseAsync(ws), CareEventTypes.Created, null);

        await CareTestData.EventuallyAsync(() => Task.FromResult(receiver.Received("/busy").Count == 2), "the second attempt");
        var received = receiver.Received("/busy");
        Assert.True(Stopwatch.GetElapsedTime(received[0].At, received[1].At) >= TimeSpan.FromSeconds(1.9), "the retry waited for Retry-After (the backoff is 0.2 s here)");
    }

    [Fact]
    public async Task A_client_error_fails_the_delivery_after_three_attempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.MapStatus("/refuses", 400);
        var (ws, client) = await Factory.NewWorkspaceAsync("fourxx");
        var id = await CreateAsync(client, ws, receiver.Url("/refuses"), []);
        await EnqueueAsync(await Factory.NewCaseAsync(ws), CareEventTypes.Created, null);

        await CareTestData.EventuallyAsync(async () => (await DeliveriesAsync(client, ws, id))[0]!["status"]!.GetValue<string>() == "failed", "the delivery to fail");
        var delivery = (await DeliveriesAsync(client, ws, id))[0]!;
        Assert.Equal(3, delivery["attempts"]!.GetValue<int>());
        Assert.Equal(400, delivery["lastStatus"]!.GetValue<int>());
        Assert.Contains("400", delivery["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, receiver.Received("/refuses").Count);
    }

    [Fact]
    public async Task A_hanging_webhook_does_not_delay_another_ones_delivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Map("/hangs", async (_, context) =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        });
        receiver.MapStatus("/fast", 200);
        var (ws, client) = await Factory.NewWorkspaceAsync("isolated");
        var hanging = await CreateAsync(client, ws, receiver.Url("/hangs"), []);
        await CreateAsync(client, ws, receiver.Url("/fast"), []);
        var @case = await Factory.NewCaseAsync(ws);
        await EnqueueAsync(@case, CareEventTypes.Created, null);
        await CareTestData.EventuallyAsync(() => Task.FromResult(receiver.Received("/hangs").Count == 1), "the hanging endpoint to be called");

        var started = Stopwatch.GetTimestamp();
        await EnqueueAsync(@case, CareEventTypes.Assigned, null);
        await CareTestData.EventuallyAsync(() => Task.FromResult(receiver.Received("/fast").Count == 2), "the second event at the fast endpoint", timeoutMs: 1500);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(1.5));

        // The hanging endpoint timed out (2 s here) and is retried, without affecting the other.
        await CareTestData.EventuallyAsync(async () => (await DeliveriesAsync(client, ws, hanging)).Any(d => d!["lastError"]?.GetValue<string>()?.Contains("no answer within 2 s", StringComparison.Ordinal) == true), "the timeout");
    }

    [Fact]
    public async Task A_webhook_on_a_loopback_address_is_refused_unless_allowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.MapStatus("/local", 200);
        var (ws, client) = await Factory.NewWorkspaceAsync("ssrf");

        var refused = await (await client.PostAsJsonAsync(Hooks(ws), new { url = receiver.IpUrl("/local") }, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("blocked", refused["errors"]!["url"]![0]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        var ftp = await (await client.PostAsJsonAsync(Hooks(ws), new { url = "ftp://crm.example.com/x" }, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(ftp["errors"]!["url"]);

        // One that got in anyway (stored before the rule, or a name that later resolves to a private address) is refused when sending.
        var secrets = Factory.Services.GetRequiredService<CareWebhookSecrets>();
        var id = Guid.NewGuid();
        await Factory.WithDbAsync(async db =>
        {
            db.CareWebhooks.Add(new CareWebhook { Id = id, WorkspaceId = ws, Url = receiver.IpUrl("/local"), ProtectedSecret = secrets.Protect("s3cret"), CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync(Ct);
        });
        Outbox.Invalidate(ws);
        await EnqueueAsync(await Factory.NewCaseAsync(ws), CareEventTypes.Created, null);

        await CareTestData.EventuallyAsync(async () => (await DeliveriesAsync(client, ws, id))[0]!["status"]!.GetValue<string>() == "failed", "the refusal");
        var delivery = (await DeliveriesAsync(client, ws, id))[0]!;
        Assert.Contains("blocked", delivery["lastError"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(receiver.Received("/local"));
    }

    [Fact]
    public async Task A_redelivery_and_a_test_event_reach_the_receiver_and_the_redelivery_keeps_the_event_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.MapStatus("/again", 200);
        var (ws, client) = await Factory.NewWorkspaceAsync("redeliver");
        var id = await CreateAsync(client, ws, receiver.Url("/again"), [CareEventTypes.Breached]);
        await EnqueueAsync(await Factory.NewCaseAsync(ws), CareEventTypes.Breached, null);
        await CareTestData.EventuallyAsync(() => Task.FromResult(receiver.Received("/again").Count == 1), "the first delivery");
        var first = (await DeliveriesAsync(client, ws, id))[0]!;

        await (await client.PostAsync($"{Hooks(ws)}/{id}/deliveries/{first["id"]}/redeliver", null, Ct)).JsonAsync(HttpStatusCode.Accepted);
        await CareTestData.EventuallyAsync(() => Task.FromResult(receiver.Received("/again").Count == 2), "the redelivery");
        var received = receiver.Received("/again");
        Assert.Equal(received[0].Header("Pantau-Event-Id"), received[1].Header("Pantau-Event-Id"));
        Assert.Equal(received[0].Body, received[1].Body);

        // The test event is sent although the webhook only wants breaches.
        await (await client.PostAsync($"{Hooks(ws)}/{id}/test", null, Ct)).JsonAsync(HttpStatusCode.Accepted);
        await CareTestData.EventuallyAsync(() => Task.FromResult(receiver.Received("/again").Count == 3), "the ping");
        var ping = receiver.Received("/again")[2];
        Assert.Equal("ping", ping.Header("Pantau-Event-Type"));
        Assert.Equal(id, JsonNode.Parse(ping.Body)!["data"]!["webhookId"]!.GetValue<Guid>());
        Assert.Equal(3, (await DeliveriesAsync(client, ws, id)).Count);

        var otherAdmin = (await Factory.NewWorkspaceAsync("redeliver-other")).Client;
        Assert.Equal(HttpStatusCode.NotFound, (await otherAdmin.PostAsync($"{Hooks(ws)}/{id}/deliveries/{first["id"]}/redeliver", null, Ct)).StatusCode);
    }

    internal static string Hooks(Guid ws) => $"{Api.Workspace(ws)}/care/webhooks";

    internal static async Task<Guid> CreateAsync(HttpClient client, Guid ws, string url, string[] events)
    {
        var created = await (await client.PostAsJsonAsync(Hooks(ws), new { url, events }, Ct)).JsonAsync(HttpStatusCode.Created);
        return created["id"]!.GetValue<Guid>();
    }

    internal static async Task<JsonArray> DeliveriesAsync(HttpClient client, Guid ws, Guid webhook)
    {
        var page = await (await client.GetAsync($"{Hooks(ws)}/{webhook}/deliveries", Ct)).JsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray();
    }

    private async Task<List<Guid>> QueuedForAsync(Case @case, string eventType) =>
        await Factory.WithDbAsync(async db =>
        {
            await Outbox.EnqueueAsync(db, @case, eventType, null, Ct);
            var ids = db.ChangeTracker.Entries<CareWebhookDelivery>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.WebhookId).ToList();
            return ids.Order().ToList();
        });

    private async Task EnqueueAsync(Case @case, string eventType, object? data)
    {
        await Factory.WithDbAsync(async db =>
        {
            await Outbox.EnqueueAsync(db, @case, eventType, data, Ct);
            return await db.SaveChangesAsync(Ct);
        });
        Outbox.Wake();
    }
}
