using Microsoft.Extensions.DependencyInjection;
using Pantau.Data.Entities;
using Pantau.Server.Alerts;
using Pantau.Server.Alerts.Settings;

namespace Pantau.Server.Tests.Alerts;

/// <summary>What the channels tab shows of each channel: its newest delivery, and its address without the secret part.</summary>
public sealed class ChannelLastDeliveryTests : IAsyncLifetime
{
    private AlertFixture _fixture = null!;

    public async ValueTask InitializeAsync() => _fixture = await AlertFixture.StartAsync();

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Each_channel_shows_its_newest_delivery_and_only_its_own_workspaces()
    {
        var ct = TestContext.Current.CancellationToken;
        var (ws, _) = await _fixture.Factory.NewWorkspaceAsync("last-delivery");
        var (other, _) = await _fixture.Factory.NewWorkspaceAsync("last-delivery-other");
        var slack = await _fixture.AddChannelAsync(ws, "slack", "https://hooks.slack.test/services/T1/B1/abc");
        var mail = await _fixture.AddChannelAsync(ws, "email", "ana@nusantel.test");
        var unused = await _fixture.AddChannelAsync(ws, "email", "budi@nusantel.test");
        var foreign = await _fixture.AddChannelAsync(other, "email", "cici@nusantel.test");
        var alert = await _fixture.InsertAlertAsync(ws, 3);
        var foreignAlert = await _fixture.InsertAlertAsync(other, 1);
        var now = _fixture.Time.GetUtcNow();

        await using (var db = await _fixture.Contexts.CreateDbContextAsync(ct))
        {
            db.AlertDeliveries.AddRange(
                Delivery(ws, alert.Id, slack.Id, now.AddMinutes(-30), failedAt: now.AddMinutes(-29), error: "HTTP 500"),
                Delivery(ws, alert.Id, slack.Id, now.AddMinutes(-10), deliveredAt: now.AddMinutes(-10)),
                Delivery(ws, alert.Id, mail.Id, now.AddMinutes(-5), failedAt: now.AddMinutes(-5), error: "mailbox unavailable", status: 550),
                Delivery(other, foreignAlert.Id, foreign.Id, now, deliveredAt: now));
            await db.SaveChangesAsync(ct);
        }

        var reader = _fixture.Factory.Services.GetRequiredService<AlertReader>();
        var last = await reader.LastDeliveryByChannelAsync(ws, ct);

        Assert.Equal(2, last.Count);
        Assert.Equal("delivered", last[slack.Id].State);
        Assert.Equal(3, last[slack.Id].AlertNumber);
        Assert.Equal("failed", last[mail.Id].State);
        Assert.Equal(550, last[mail.Id].LastStatus);
        Assert.Equal("mailbox unavailable", last[mail.Id].LastError);
        Assert.False(last.ContainsKey(unused.Id));
        Assert.False(last.ContainsKey(foreign.Id));
    }

    [Theory]
    [InlineData("slack", "https://hooks.slack.com/services/T0001/B0002/XyZsecretTokenAbCd", "https://hooks.slack.com/…AbCd")]
    [InlineData("teams", "https://prod.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?sig=s3cr3t-signature", "https://prod.westeurope.logic.azure.com/…ture")]
    [InlineData("webhook", "https://crm.example.co.id/", "https://crm.example.co.id/…")]
    [InlineData("email", "ana@example.co.id, budi@example.co.id", "ana@example.co.id, budi@example.co.id")]
    [InlineData("telegram", "-1001234567890", "-1001234567890")]
    public void Webhook_urls_are_shown_without_their_secret_part(string kind, string address, string shown) =>
        Assert.Equal(shown, ChannelAddress.Masked(kind, address));

    private static AlertDelivery Delivery(Guid ws, Guid alertId, Guid channelId, DateTimeOffset at, DateTimeOffset? deliveredAt = null, DateTimeOffset? failedAt = null,
        string? error = null, int? status = null) => new()
    {
        WorkspaceId = ws, AlertId = alertId, ChannelId = channelId, Reason = "fired", Attempts = 1, CreatedAt = at, NextAttemptAt = at,
        DeliveredAt = deliveredAt, FailedAt = failedAt, LastError = error, LastStatus = status,
    };
}
