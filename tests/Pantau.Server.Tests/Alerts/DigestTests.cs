using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pantau.Core.Alerts;
using Pantau.Server.Alerts.Digests;

#pragma warning disable CA1861 // request bodies are built once per call

namespace Pantau.Server.Tests.Alerts;

/// <summary>Daily and weekly digests: sent once at 08:00 in the workspace's zone, in its language, to the SMTP fake.</summary>
public sealed class DigestTests : IAsyncLifetime
{
    /// <summary>Monday 9 March 2026, 07:59 in Jakarta.</summary>
    private static readonly DateTimeOffset MondayMorning = new(2026, 3, 9, 0, 59, 0, TimeSpan.Zero);

    private AlertFixture _fixture = null!;

    public async ValueTask InitializeAsync() => _fixture = await AlertFixture.StartAsync(MondayMorning);

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Daily_and_weekly_digests_go_out_once_at_eight_local_in_indonesian_then_in_english()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("digest");
        var put = await client.PutAsJsonAsync($"/api/v1/workspaces/{ws}/alert-settings",
            new { dailyDigest = true, weeklyDigest = true, digestRecipients = new[] { "pr@nusantel.test" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        await _fixture.InsertAlertAsync(ws, 3, AlertSeverity.Critical, MondayMorning.AddHours(-20));
        var scheduler = _fixture.Factory.Services.GetRequiredService<DigestScheduler>();

        Assert.Equal(0, await scheduler.SendDueAsync(Ct));
        Assert.Empty(_fixture.Smtp.Received);

        _fixture.Time.Advance(TimeSpan.FromMinutes(1)); // 08:00 WIB
        await scheduler.SendDueAsync(Ct);
        await scheduler.SendDueAsync(Ct);
        await Task.Delay(200, Ct); // the background pass too, if it ran
        var sent = _fixture.Smtp.Received.Select(Parse).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Contains(sent, m => (m.Subject ?? "").Contains("Ringkasan harian", StringComparison.Ordinal));
        Assert.Contains(sent, m => (m.Subject ?? "").Contains("Ringkasan mingguan", StringComparison.Ordinal));
        Assert.All(sent, m => Assert.Contains("Keluhan tagihan melonjak", m.HtmlBody, StringComparison.Ordinal));
        Assert.All(sent, m => Assert.Equal("pr@nusantel.test", m.To.Mailboxes.Single().Address));

        // Tuesday 08:00: the daily one again, the weekly one not.
        await client.PutAsJsonAsync($"/api/v1/workspaces/{ws}/alert-settings", new { language = "en" }, Ct);
        _fixture.Time.Advance(TimeSpan.FromDays(1));
        await scheduler.SendDueAsync(Ct);
        await scheduler.SendDueAsync(Ct);
        var tuesday = _fixture.Smtp.Received.Skip(2).Select(Parse).ToList();
        var daily = Assert.Single(tuesday);
        Assert.Contains("Daily", daily.Subject, StringComparison.Ordinal);
        Assert.Contains("Billing complaints are rising", daily.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_preview_is_html_and_send_now_mails_it()
    {
        var (ws, client) = await _fixture.Factory.NewWorkspaceAsync("preview");
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/workspaces/{ws}/alert-settings/digest-preview?period=monthly", Ct)).StatusCode);
        var preview = await client.GetAsync($"/api/v1/workspaces/{ws}/alert-settings/digest-preview?period=weekly", Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("text/html", preview.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html", await preview.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync($"/api/v1/workspaces/{ws}/alert-settings/digest-send?period=daily", null, Ct)).StatusCode);
        await client.PutAsJsonAsync($"/api/v1/workspaces/{ws}/alert-settings", new { digestRecipients = new[] { "ceo@nusantel.test" } }, Ct);
        var send = await client.PostAsync($"/api/v1/workspaces/{ws}/alert-settings/digest-send?period=daily", null, Ct);
        Assert.Equal(HttpStatusCode.OK, send.StatusCode);
        Assert.Equal("ceo@nusantel.test", Assert.Single(_fixture.Smtp.Received).To.Single());
    }

    private static MimeMessage Parse(Delivery.SmtpReceived received) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)));
}
