using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pantau.Core.Alerts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Tests.Alerts.Delivery;
using Pantau.Server.Tests.Care.Webhooks;

namespace Pantau.Server.Tests.Alerts;

/// <summary>A server with a fake clock, a local Slack/webhook receiver and an SMTP server; alert rows are inserted directly.</summary>
public sealed class AlertFixture : IAsyncDisposable
{
    /// <summary>Wednesday 4 March 2026, 10:00 in Jakarta.</summary>
    public static readonly DateTimeOffset Start = new(2026, 3, 4, 3, 0, 0, TimeSpan.Zero);

    private AlertFixture(WebhookReceiver receiver, FakeSmtpServer smtp, FakeTimeProvider time, PantauFactory factory)
    {
        Receiver = receiver;
        Smtp = smtp;
        Time = time;
        Factory = factory;
    }

    public WebhookReceiver Receiver { get; }
    public FakeSmtpServer Smtp { get; }
    public FakeTimeProvider Time { get; }
    public PantauFactory Factory { get; }

    public static async Task<AlertFixture> StartAsync(DateTimeOffset? start = null)
    {
        var receiver = await WebhookReceiver.StartAsync();
        var smtp = new FakeSmtpServer();
        var time = new FakeTimeProvider(start ?? Start);
        var factory = new PantauFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Care:PublicUrl"] = "https://pantau.example.co.id",
                ["Alerts:Delivery:AllowedHosts:0"] = "localhost",
                ["Alerts:Smtp:Host"] = "127.0.0.1",
                ["Alerts:Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
                ["Alerts:Smtp:Security"] = "None",
                ["Alerts:Smtp:From"] = "alerts@pantau.test",
                ["Alerts:Dispatch:PollInterval"] = "00:00:00.100",
                ["Alerts:Dispatch:RetryDelays:0"] = "00:00:05",
                ["Alerts:Dispatch:MaxAttempts"] = "3",
            },
            ConfigureServices = services => services.AddSingleton<TimeProvider>(time),
        };
        await factory.ReadyAsync();
        return new AlertFixture(receiver, smtp, time, factory);
    }

    public IDbContextFactory<PantauDbContext> Contexts => Factory.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>();

    public async Task<Alert> InsertAlertAsync(Guid workspaceId, int number, AlertSeverity severity = AlertSeverity.High, DateTimeOffset? firedAt = null)
    {
        var at = firedAt ?? Time.GetUtcNow();
        var alert = new Alert
        {
            Id = Guid.CreateVersion7(),
            WorkspaceId = workspaceId,
            Number = number,
            Kind = (int)AlertKind.Rule,
            IncidentKey = "rule:" + Guid.NewGuid().ToString("N"),
            Severity = (int)severity,
            FactsJson = """{"title":{"id":"Keluhan tagihan melonjak","en":"Billing complaints are rising"}}""",
            Title = "Keluhan tagihan melonjak",
            Mentions = 3,
            FiredAt = at,
            LastFiredAt = at,
            NotifiedAt = at,
        };
        await using var db = await Contexts.CreateDbContextAsync();
        db.Alerts.Add(alert);
        await db.SaveChangesAsync();
        return alert;
    }

    public async Task<AlertChannel> AddChannelAsync(Guid workspaceId, string kind, string address, string? quietHoursJson = null, bool escalationOnly = false)
    {
        var channel = new AlertChannel
        {
            Id = Guid.CreateVersion7(),
            WorkspaceId = workspaceId,
            Name = kind + " channel",
            Kind = kind,
            Address = address,
            QuietHoursJson = quietHoursJson,
            EscalationOnly = escalationOnly,
            CreatedAt = Time.GetUtcNow(),
        };
        await using var db = await Contexts.CreateDbContextAsync();
        db.AlertChannels.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    /// <summary>Queues the alert to its workspace's channels, as the engine does, and wakes the dispatcher.</summary>
    public async Task EnqueueAsync(Alert alert, string reason = AlertOutbox.Fired)
    {
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            await AlertOutbox.EnqueueAsync(db, alert, reason, Time.GetUtcNow(), CancellationToken.None);
            await db.SaveChangesAsync();
        }

        Factory.Services.GetRequiredService<AlertOutbox>().Wake();
    }

    public async Task<List<AlertDelivery>> DeliveriesAsync(Guid alertId)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.AlertDeliveries.AsNoTracking().Where(d => d.AlertId == alertId).OrderBy(d => d.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Smtp.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
