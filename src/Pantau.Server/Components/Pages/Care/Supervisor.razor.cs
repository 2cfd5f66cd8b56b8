using System.Globalization;
using Microsoft.AspNetCore.Components;
using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Measures;
using Pantau.Server.Care.Settings;
using Pantau.Server.Components.Shared;

namespace Pantau.Server.Components.Pages.Care;

/// <summary>The supervisor's live view: response and resolution times, SLA attainment, backlog and CSAT, per agent and team.</summary>
public sealed partial class Supervisor : IDisposable
{
    /// <summary>Changes arrive in bursts (a bulk resolve); the figures are read again at most this often.</summary>
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(2);

    private CareMeasuresReport? _report;
    private string _period = "today";
    private CaseFeed.Subscription? _subscription;
    private CancellationTokenSource? _live;

    [Inject]
    private CareMeasures Measures { get; set; } = default!;

    [Inject]
    private CarePolicies Policies { get; set; } = default!;

    [Inject]
    private CaseFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnWorkspaceChangedAsync()
    {
        if (!RendererInfo.IsInteractive || Workspace is null)
        {
            return;
        }

        Stop();
        _live = new CancellationTokenSource();
        _subscription = Feed.Subscribe(Workspace.Id);
        _ = FollowAsync(_subscription, _live.Token);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (Workspace is null)
        {
            return;
        }

        var now = Clock.GetUtcNow();
        var zone = (await Policies.ForWorkspaceAsync(Workspace.Id, CancellationToken.None)).TimeZone;
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var from = _period switch
        {
            "7d" => now - TimeSpan.FromDays(7),
            "30d" => now - TimeSpan.FromDays(30),
            _ => new DateTimeOffset(local.Date, local.Offset),
        };
        _report = await Measures.ReportAsync(Workspace.Id, from, now + TimeSpan.FromSeconds(1), CancellationToken.None);
    }

    private async Task FollowAsync(CaseFeed.Subscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            while (await subscription.Reader.WaitToReadAsync(cancellationToken))
            {
                while (subscription.Reader.TryRead(out _))
                {
                }

                await InvokeAsync(async () =>
                {
                    await LoadAsync();
                    StateHasChanged();
                });
                await Task.Delay(RefreshEvery, Clock, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PeriodChangedAsync(string period)
    {
        _period = period;
        await LoadAsync();
    }

    private string Seconds(double? seconds) => seconds is { } s ? Display.Duration(s, T) : "–";

    private static string Percent(double? share) => share is { } s ? s.ToString("P0", CultureInfo.CurrentCulture) : "–";

    private void Stop()
    {
        _live?.Cancel();
        _live?.Dispose();
        _live = null;
        _subscription?.Dispose();
        _subscription = null;
    }

    public void Dispose() => Stop();
}
