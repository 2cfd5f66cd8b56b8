using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Accounts;
using Pantau.Server.Alerts;

namespace Pantau.Server.Components.Pages.Alerts;

/// <summary>
/// Follows a workspace's alert changes for a component: each batch of changes (or an overflow, which means "reload")
/// is handed to the component's callback, which runs it on the component's dispatcher.
/// </summary>
public sealed class AlertLive : IDisposable
{
    private readonly AlertFeed.Subscription _subscription;
    private readonly CancellationTokenSource _stop = new();

    private AlertLive(AlertFeed feed, Guid workspaceId)
    {
        _subscription = feed.Subscribe(workspaceId);
    }

    /// <summary>Starts following; <paramref name="onChanges"/> gets the batch (empty after an overflow: reload everything).</summary>
    public static AlertLive Start(AlertFeed feed, Guid workspaceId, Func<IReadOnlyList<AlertChange>, Task> onChanges)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var live = new AlertLive(feed, workspaceId);
        _ = live.FollowAsync(onChanges);
        return live;
    }

    private async Task FollowAsync(Func<IReadOnlyList<AlertChange>, Task> onChanges)
    {
        try
        {
            while (await _subscription.Reader.WaitToReadAsync(_stop.Token))
            {
                var batch = new List<AlertChange>();
                while (_subscription.Reader.TryRead(out var change))
                {
                    batch.Add(change);
                }

                await onChanges(_subscription.TakeOverflow() ? [] : batch);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
        _subscription.Dispose();
    }

    /// <summary>Who is acting, as the commands record it.</summary>
    public static async Task<Caller> CallerAsync(IDbContextFactory<PantauDbContext> contexts, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync();
        return await Caller.OfAsync(db, user, CancellationToken.None);
    }
}
