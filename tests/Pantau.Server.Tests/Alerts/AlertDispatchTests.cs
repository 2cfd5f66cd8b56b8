using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pantau.Core.Alerts;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Tests.Care;

namespace Pantau.Server.Tests.Alerts;

/// <summary>The dispatcher and the escalator on the real server, to local Slack, webhook and SMTP fakes.</summary>
public sealed class AlertDispatchTests : IAsyncLifetime
{
    private AlertFixture _fixture = null!;

    public async ValueTask InitializeAsync() => _fixture = await AlertFixture.StartAsync();

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task A_fired_alert_reaches_slack_and_email_with_its_title_and_link()
    {
        var (ws, _) = await _fixture.Factory.NewWorkspaceAsync("dispatch");
        _fixture.Receiver.Map("/slack/ok", (_, context) => context.Response.WriteAsync("ok"));
        await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/slack/ok"));
        await _fixture.AddChannelAsync(ws, "email", "ana@nusantel.test");
        var alert = await _fixture.InsertAlertAsync(ws, 7);

        await _fixture.EnqueueAsync(alert);

        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(alert.Id)).All(d => d.DeliveredAt is not null), "both deliveries");
        var slack = Assert.Single(_fixture.Receiver.Received("/slack/ok"));
        Assert.Contains("Keluhan tagihan melonjak", slack.Body, StringComparison.Ordinal);
        Assert.Contains("/alerts/7", slack.Body, StringComparison.Ordinal);
        var mail = Assert.Single(_fixture.Smtp.Received);
        Assert.Equal(["ana@nusantel.test"], mail.To);
        using var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(mail.Data)), TestContext.Current.CancellationToken);
        Assert.Contains("Keluhan tagihan melonjak", message.Subject, StringComparison.Ordinal);
        Assert.All(await _fixture.DeliveriesAsync(alert.Id), d => Assert.Equal(1, d.Attempts));
    }

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_delivered_once()
    {
        var (ws, _) = await _fixture.Factory.NewWorkspaceAsync("retry");
        _fixture.Receiver.Map("/slack/busy", (n, context) =>
        {
            if (n == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "30";
                return Task.CompletedTask;
            }

            return context.Response.WriteAsync("ok");
        });
        await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/slack/busy"));
        var alert = await _fixture.InsertAlertAsync(ws, 1);
        await _fixture.EnqueueAsync(alert);

        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(alert.Id))[0].Attempts == 1, "the first attempt");
        var waiting = (await _fixture.DeliveriesAsync(alert.Id))[0];
        Assert.Equal(429, waiting.LastStatus);
        Assert.Null(waiting.DeliveredAt);
        Assert.Equal(_fixture.Time.GetUtcNow().AddSeconds(30), waiting.NextAttemptAt);

        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.Single(_fixture.Receiver.Received("/slack/busy")); // not before Retry-After
        _fixture.Time.Advance(TimeSpan.FromSeconds(31));
        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(alert.Id))[0].DeliveredAt is not null, "the retry");
        Assert.Equal(2, (await _fixture.DeliveriesAsync(alert.Id))[0].Attempts);
        Assert.Equal(2, _fixture.Receiver.Received("/slack/busy").Count);
    }

    [Fact]
    public async Task A_failing_slow_channel_does_not_delay_another_and_a_permanent_failure_gives_up_at_once()
    {
        var (ws, _) = await _fixture.Factory.NewWorkspaceAsync("isolated");
        _fixture.Receiver.Map("/slow", async (_, context) =>
        {
            await Task.Delay(3000, context.RequestAborted);
            context.Response.StatusCode = 503;
        });
        _fixture.Receiver.MapStatus("/gone", 404);
        _fixture.Receiver.Map("/fast", (_, context) => context.Response.WriteAsync("ok"));
        var slow = await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/slow"));
        var gone = await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/gone"));
        var fast = await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/fast"));
        var alert = await _fixture.InsertAlertAsync(ws, 1);
        await _fixture.EnqueueAsync(alert);

        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(alert.Id)).Single(d => d.ChannelId == fast.Id).DeliveredAt is not null, "the fast channel", 2500);
        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(alert.Id)).Single(d => d.ChannelId == gone.Id).FailedAt is not null, "the removed hook to fail");
        var failed = (await _fixture.DeliveriesAsync(alert.Id)).Single(d => d.ChannelId == gone.Id);
        Assert.Equal(1, failed.Attempts);
        Assert.Equal(404, failed.LastStatus);
        Assert.DoesNotContain("/gone", failed.LastError, StringComparison.Ordinal);
        Assert.Null((await _fixture.DeliveriesAsync(alert.Id)).Single(d => d.ChannelId == slow.Id).DeliveredAt);
    }

    [Fact]
    public async Task Quiet_hours_hold_a_notice_until_they_end_without_an_attempt_and_critical_passes()
    {
        var (ws, _) = await _fixture.Factory.NewWorkspaceAsync("quiet");
        _fixture.Receiver.Map("/night", (_, context) => context.Response.WriteAsync("ok"));
        // 10:00 in Jakarta now: quiet from 09:00 to 11:00.
        await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/night"),
            """{"start":"09:00","end":"11:00","timeZone":"Asia/Jakarta","days":null,"holdsCritical":false}""");
        var high = await _fixture.InsertAlertAsync(ws, 1, AlertSeverity.High);
        var critical = await _fixture.InsertAlertAsync(ws, 2, AlertSeverity.Critical);
        await _fixture.EnqueueAsync(high);
        await _fixture.EnqueueAsync(critical);

        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(critical.Id))[0].DeliveredAt is not null, "the critical alert");
        var held = (await _fixture.DeliveriesAsync(high.Id))[0];
        Assert.Equal(0, held.Attempts);
        Assert.Null(held.DeliveredAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 4, 0, 0, TimeSpan.Zero), held.NextAttemptAt); // 11:00 WIB
        Assert.Single(_fixture.Receiver.Received("/night"));

        _fixture.Time.Advance(TimeSpan.FromMinutes(61));
        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(high.Id))[0].DeliveredAt is not null, "the held alert after quiet hours");
        Assert.Equal(1, (await _fixture.DeliveriesAsync(high.Id))[0].Attempts);
    }

    [Fact]
    public async Task An_update_of_a_resolved_alert_is_dropped_and_its_firing_still_goes()
    {
        var (ws, _) = await _fixture.Factory.NewWorkspaceAsync("resolved");
        _fixture.Receiver.Map("/resolved", (_, context) => context.Response.WriteAsync("ok"));
        await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/resolved"));
        var alert = await _fixture.InsertAlertAsync(ws, 1);
        await using (var db = await _fixture.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            // Resolved before the dispatcher got to either notice.
            await db.Alerts.Where(a => a.Id == alert.Id).ExecuteUpdateAsync(u => u.SetProperty(a => a.Status, AlertStatus.Resolved).SetProperty(a => a.ResolvedAt, _fixture.Time.GetUtcNow()), TestContext.Current.CancellationToken);
            await AlertOutbox.EnqueueAsync(db, alert, AlertOutbox.Fired, _fixture.Time.GetUtcNow(), TestContext.Current.CancellationToken);
            await AlertOutbox.EnqueueAsync(db, alert, AlertOutbox.Updated, _fixture.Time.GetUtcNow(), TestContext.Current.CancellationToken);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        _fixture.Factory.Services.GetRequiredService<AlertOutbox>().Wake();
        await CareTestData.EventuallyAsync(async () => (await _fixture.DeliveriesAsync(alert.Id)).All(d => d.DeliveredAt is not null || d.FailedAt is not null), "both notices worked");
        var deliveries = await _fixture.DeliveriesAsync(alert.Id);
        Assert.NotNull(deliveries.Single(d => d.Reason == AlertOutbox.Fired).DeliveredAt);
        Assert.Equal(AlertDispatcher.ResolvedError, deliveries.Single(d => d.Reason == AlertOutbox.Updated).LastError);
        Assert.Single(_fixture.Receiver.Received("/resolved"));
    }

    [Fact]
    public async Task Escalation_fires_once_per_step_even_to_an_escalation_only_channel_and_not_after_acknowledge()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("escalate");
        _fixture.Receiver.Map("/oncall", (_, context) => context.Response.WriteAsync("ok"));
        _fixture.Receiver.Map("/boss", (_, context) => context.Response.WriteAsync("ok"));
        var oncall = await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/oncall"), escalationOnly: true);
        var boss = await _fixture.AddChannelAsync(ws, "slack", _fixture.Receiver.Url("/boss"), escalationOnly: true);
        var put = await client.PutAsJsonAsync($"/api/v1/workspaces/{ws}/alert-settings",
            new { escalation = new[] { new { afterMinutes = 15, channelId = oncall.Id }, new { afterMinutes = 60, channelId = boss.Id } } }, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, put.StatusCode);
        var alert = await _fixture.InsertAlertAsync(ws, 1);
        var other = await _fixture.InsertAlertAsync(ws, 2);
        var escalator = _fixture.Factory.Services.GetRequiredService<AlertEscalator>();

        Assert.Equal(0, await escalator.EscalateAsync(TestContext.Current.CancellationToken));
        _fixture.Time.Advance(TimeSpan.FromMinutes(16));
        await escalator.EscalateAsync(TestContext.Current.CancellationToken);
        await escalator.EscalateAsync(TestContext.Current.CancellationToken);
        Assert.Equal([oncall.Id], (await _fixture.DeliveriesAsync(alert.Id)).Select(d => d.ChannelId));
        Assert.Equal(AlertOutbox.Escalated, (await _fixture.DeliveriesAsync(alert.Id))[0].Reason);

        var ack = await client.PostAsync($"/api/v1/workspaces/{ws}/alerts/{other.Id}/acknowledge", null, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, ack.StatusCode);
        _fixture.Time.Advance(TimeSpan.FromMinutes(45));
        await escalator.EscalateAsync(TestContext.Current.CancellationToken);
        await escalator.EscalateAsync(TestContext.Current.CancellationToken);

        Assert.Equal([oncall.Id, boss.Id], (await _fixture.DeliveriesAsync(alert.Id)).Select(d => d.ChannelId));
        Assert.Equal([oncall.Id], (await _fixture.DeliveriesAsync(other.Id)).Select(d => d.ChannelId));
        await using var db = await _fixture.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0b11, (await db.Alerts.AsNoTracking().SingleAsync(a => a.Id == alert.Id, TestContext.Current.CancellationToken)).EscalatedSteps);
        await CareTestData.EventuallyAsync(() => Task.FromResult(_fixture.Receiver.Received("/boss").Count == 1), "the second step's notice");
        using var json = JsonDocument.Parse(_fixture.Receiver.Received("/boss")[0].Body);
        Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
    }
}
