using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.JSInterop;
using MudBlazor;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care;
using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Inbox;
using Pantau.Server.Components.Shared;

namespace Pantau.Server.Components.Pages.Care;

/// <summary>
/// The care inbox: a live queue of cases, most urgent first, with views, filters, bulk actions and keyboard shortcuts
/// (j/k move, Enter open, a assign to me, r reply, e resolve, x select, / search), beside the open case.
/// </summary>
public sealed partial class Inbox : IAsyncDisposable
{
    internal static readonly InboxView[] Views = [InboxView.All, InboxView.Mine, InboxView.Unassigned, InboxView.BreachingSoon, InboxView.Risk, InboxView.AwaitingApproval];
    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PresenceBeat = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan CountEvery = TimeSpan.FromSeconds(3);

    private readonly List<InboxRow> _rows = [];
    private readonly HashSet<long> _selected = [];
    private List<Topic> _topics = [];
    private List<SavedView> _savedViews = [];
    private InboxView _view = InboxView.All;
    private Guid? _savedView;
    private InboxFilter? _savedFilter;
    private InboxCounts? _counts;
    private int _total;
    private string? _next;
    private long? _current;
    private string? _search;
    private string? _status;
    private string? _priority;
    private string? _sentiment;
    private string? _language;
    private string? _topic;
    private string? _bulkTag;
    private bool _loaded;
    private bool _error;
    private DateTimeOffset _now;
    private DateTimeOffset _countedAt;
    private ITimer? _ticker;
    private ITimer? _beat;
    private CaseFeed.Subscription? _subscription;
    private CancellationTokenSource? _live;
    private DotNetObjectReference<Inbox>? _self;
    private MudTextField<string>? _searchBox;
    private CasePane? _pane;
    private bool _keysBound;

    [Inject]
    private InboxQuery Query { get; set; } = default!;

    [Inject]
    private CaseFeed Feed { get; set; } = default!;

    [Inject]
    private CaseCommands Commands { get; set; } = default!;

    [Inject]
    private CareActors Actors { get; set; } = default!;

    [Inject]
    private AgentPresence Presence { get; set; } = default!;

    [Inject]
    private IDbContextFactory<PantauDbContext> Contexts { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "case")]
    private int? CaseNumber { get; set; }

    private bool CanWork => Role >= WorkspaceRole.Agent;

    private Guid? UserId => CaseEndpoints.UserId(User);

    protected override void OnInitialized()
    {
        _now = Clock.GetUtcNow();
        if (RendererInfo.IsInteractive)
        {
            _ticker = Clock.CreateTimer(_ => _ = InvokeAsync(() =>
            {
                _now = Clock.GetUtcNow();
                StateHasChanged();
            }), null, ClockTick, ClockTick);
        }
    }

    protected override async Task OnWorkspaceChangedAsync()
    {
        if (!RendererInfo.IsInteractive || Workspace is null)
        {
            return;
        }

        Unsubscribe();
        _live = new CancellationTokenSource();
        _subscription = Feed.Subscribe(Workspace.Id);
        _ = ReadLiveAsync(_subscription, _live.Token);
        if (UserId is { } user && CanWork)
        {
            var workspace = Workspace.Id;
            Presence.Beat(workspace, user);
            _beat = Clock.CreateTimer(_ => Presence.Beat(workspace, user), null, PresenceBeat, PresenceBeat);
        }

        await using (var db = await Contexts.CreateDbContextAsync())
        {
            _topics = await db.Topics.AsNoTracking().Where(t => t.WorkspaceId == Workspace.Id).OrderBy(t => t.Name).ToListAsync();
            _savedViews = await LoadSavedViewsAsync(db);
        }

        await ReloadAsync();
        if (CaseNumber is { } number && await NumberToIdAsync(number) is { } id)
        {
            _current = id;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (RendererInfo.IsInteractive && !_keysBound && Workspace is not null)
        {
            _keysBound = true;
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("pantau.bindInboxKeys", _self);
        }
    }

    private InboxFilter CurrentFilter()
    {
        var filter = _savedFilter ?? InboxQuery.ForView(_view, UserId);
        return filter with
        {
            Statuses = CaseStatusNames.TryParse(_status, out CaseStatus status) ? [status] : filter.Statuses,
            Priorities = CaseStatusNames.TryParse(_priority, out CasePriority priority) ? [priority] : filter.Priorities,
            Sentiments = EnrichmentNames.TryParseSentiment(_sentiment, out var sentiment) ? [sentiment] : filter.Sentiments,
            Languages = _language is { Length: > 0 } language ? [language] : filter.Languages,
            TopicIds = Guid.TryParse(_topic, out var topic) ? [topic] : filter.TopicIds,
            Search = string.IsNullOrWhiteSpace(_search) ? filter.Search : _search.Trim(),
        };
    }

    private async Task ReloadAsync()
    {
        if (Workspace is null)
        {
            return;
        }

        try
        {
            // The rows first; the total and the views' counts follow (counting reads the whole queue).
            var filter = CurrentFilter();
            var page = await Query.PageAsync(Workspace.Id, filter, UserId, null, InboxQuery.DefaultPageSize, CancellationToken.None, withTotal: false);
            _rows.Clear();
            _rows.AddRange(page.Rows);
            _next = page.Next;
            _error = false;
            _loaded = true;
            StateHasChanged();
            _total = await Query.TotalAsync(Workspace.Id, filter, CancellationToken.None);
            _counts = await Query.CountsAsync(Workspace.Id, UserId, CancellationToken.None);
            _countedAt = Clock.GetUtcNow();
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or TimeoutException)
        {
            _error = true;
        }

        _loaded = true;
    }

    private async Task MoreAsync()
    {
        if (Workspace is null || _next is null)
        {
            return;
        }

        var page = await Query.PageAsync(Workspace.Id, CurrentFilter(), UserId, _next, InboxQuery.DefaultPageSize, CancellationToken.None, withTotal: false);
        _rows.AddRange(page.Rows.Where(r => _rows.All(x => x.Id != r.Id)));
        _next = page.Next;
    }

    /// <summary>Applies live changes in small batches: each changed case's row is read again and enters, moves or leaves the list.</summary>
    private async Task ReadLiveAsync(CaseFeed.Subscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            while (await subscription.Reader.WaitToReadAsync(cancellationToken))
            {
                var changed = new Dictionary<long, CaseChange>();
                while (subscription.Reader.TryRead(out var change))
                {
                    if (change.Kind == CaseChangeKind.MentionedUser)
                    {
                        if (change.UserId == UserId)
                        {
                            await InvokeAsync(() => Snackbar.Add(T.Format("care.note.mentionedYou", change.Text ?? "", change.Number), Severity.Info));
                        }

                        continue;
                    }

                    changed[change.CaseId] = change;
                }

                if (subscription.TakeOverflow())
                {
                    await InvokeAsync(async () =>
                    {
                        await ReloadAsync();
                        StateHasChanged();
                    });
                    continue;
                }

                await InvokeAsync(async () =>
                {
                    await ApplyAsync(changed.Values, cancellationToken);
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private async Task ApplyAsync(IEnumerable<CaseChange> changes, CancellationToken cancellationToken)
    {
        if (Workspace is null)
        {
            return;
        }

        var filter = CurrentFilter();
        foreach (var change in changes)
        {
            var index = _rows.FindIndex(r => r.Id == change.CaseId);
            var row = await Query.RowAsync(Workspace.Id, change.CaseId, cancellationToken);
            var belongs = row is not null && await Query.MatchesAsync(Workspace.Id, change.CaseId, filter, cancellationToken);
            if (index >= 0)
            {
                _rows.RemoveAt(index);
                _total -= 1;
            }

            if (belongs && row is not null)
            {
                _total += 1;
                var position = _rows.FindIndex(r => Before(row, r, filter.Sort));
                if (position < 0 && _next is not null)
                {
                    // Below the loaded page: "more" finds it.
                    continue;
                }

                _rows.Insert(position < 0 ? _rows.Count : position, row);
            }
        }

        // Counting the views is the dear part of a live change: at most every few seconds, however busy the queue.
        if (Clock.GetUtcNow() - _countedAt >= CountEvery)
        {
            _countedAt = Clock.GetUtcNow();
            _counts = await Query.CountsAsync(Workspace.Id, UserId, cancellationToken);
        }
    }

    private static bool Before(InboxRow a, InboxRow b, InboxSort sort) => sort switch
    {
        InboxSort.Oldest => a.LastCustomerMessageAt < b.LastCustomerMessageAt || (a.LastCustomerMessageAt == b.LastCustomerMessageAt && a.Id < b.Id),
        InboxSort.Newest => a.LastCustomerMessageAt > b.LastCustomerMessageAt || (a.LastCustomerMessageAt == b.LastCustomerMessageAt && a.Id > b.Id),
        _ => a.PriorityScore > b.PriorityScore || (a.PriorityScore == b.PriorityScore && a.Id < b.Id),
    };

    private async Task SelectViewAsync(InboxView view)
    {
        _view = view;
        _savedView = null;
        _savedFilter = null;
        await ReloadAsync();
    }

    private async Task SelectSavedAsync(SavedView saved)
    {
        _savedView = saved.Id;
        _savedFilter = SavedViews.Read(saved.FilterJson);
        await ReloadAsync();
    }

    private async Task SaveViewAsync()
    {
        if (Workspace is null || UserId is not { } user)
        {
            return;
        }

        await using var db = await Contexts.CreateDbContextAsync();
        var saved = new SavedView
        {
            Id = Guid.NewGuid(),
            WorkspaceId = Workspace.Id,
            UserId = user,
            Name = SavedViews.NameFor(CurrentFilter(), T, _topics),
            FilterJson = SavedViews.Write(CurrentFilter()),
            CreatedAt = Clock.GetUtcNow(),
        };
        db.SavedViews.Add(saved);
        await db.SaveChangesAsync();
        _savedViews = await LoadSavedViewsAsync(db);
        _savedView = saved.Id;
        _savedFilter = CurrentFilter();
    }

    private async Task DeleteSavedAsync(SavedView saved)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        await db.SavedViews.Where(v => v.Id == saved.Id && v.WorkspaceId == saved.WorkspaceId && v.UserId == UserId).ExecuteDeleteAsync();
        _savedViews = await LoadSavedViewsAsync(db);
        if (_savedView == saved.Id)
        {
            await SelectViewAsync(InboxView.All);
        }
    }

    private async Task<List<SavedView>> LoadSavedViewsAsync(PantauDbContext db) =>
        Workspace is null ? [] : await db.SavedViews.AsNoTracking()
            .Where(v => v.WorkspaceId == Workspace.Id && (v.UserId == null || v.UserId == UserId))
            .OrderBy(v => v.Name).ToListAsync();

    private async Task SearchAsync(string? text)
    {
        _search = text;
        await ReloadAsync();
    }

    private async Task StatusChangedAsync(string? value)
    {
        _status = value;
        await ReloadAsync();
    }

    private async Task PriorityChangedAsync(string? value)
    {
        _priority = value;
        await ReloadAsync();
    }

    private async Task SentimentChangedAsync(string? value)
    {
        _sentiment = value;
        await ReloadAsync();
    }

    private async Task LanguageChangedAsync(string? value)
    {
        _language = value;
        await ReloadAsync();
    }

    private async Task TopicChangedAsync(string? value)
    {
        _topic = value;
        await ReloadAsync();
    }

    private string TopicName(string? id) => _topics.FirstOrDefault(t => t.Id.ToString() == id)?.Name ?? "";

    private Task OpenAsync(long caseId)
    {
        _current = caseId;
        return Task.CompletedTask;
    }

    private async Task PaneChangedAsync()
    {
        if (Workspace is not null)
        {
            _counts = await Query.CountsAsync(Workspace.Id, UserId, CancellationToken.None);
        }
    }

    private void ToggleSelected(long caseId)
    {
        if (!_selected.Remove(caseId))
        {
            _selected.Add(caseId);
        }
    }

    private async Task BulkAsync(BulkActionKind kind)
    {
        if (Workspace is null || _selected.Count == 0)
        {
            return;
        }

        var actor = await Actors.ForAsync(User, Role, CancellationToken.None);
        var action = new BulkCaseAction(kind, kind == BulkActionKind.Assign ? actor.UserId : null, null, kind == BulkActionKind.Tag && _bulkTag is { } tag ? [tag] : null);
        var outcomes = await Commands.BulkAsync(Workspace.Id, [.. _selected], action, actor, CancellationToken.None);
        var failed = outcomes.Values.Count(o => !o.Succeeded);
        Snackbar.Add(failed == 0 ? T.Format("care.bulk.done", outcomes.Count) : T.Format("care.bulk.partly", outcomes.Count - failed, failed), failed == 0 ? Severity.Success : Severity.Warning);
        _selected.Clear();
        _bulkTag = null;
        await ReloadAsync();
    }

    private async Task<long?> NumberToIdAsync(int number)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return Workspace is null ? null : await db.Cases.AsNoTracking().Where(c => c.WorkspaceId == Workspace.Id && c.Number == number).Select(c => (long?)c.Id).FirstOrDefaultAsync();
    }

    /// <summary>Called by the keyboard handler (wwwroot/js/pantau.js) for keys pressed outside text fields.</summary>
    [JSInvokable]
    public async Task OnKeyAsync(string key)
    {
        var index = _current is { } current ? _rows.FindIndex(r => r.Id == current) : -1;
        switch (key)
        {
            case "j" when _rows.Count > 0:
                _current = _rows[Math.Min(index + 1, _rows.Count - 1)].Id;
                break;
            case "k" when _rows.Count > 0:
                _current = _rows[Math.Max(index - 1, 0)].Id;
                break;
            case "x" when _current is { } id && CanWork:
                ToggleSelected(id);
                break;
            case "/" when _searchBox is not null:
                await _searchBox.FocusAsync();
                break;
            case "a" when _pane is not null:
                await _pane.AssignToMeAsync();
                break;
            case "e" when _pane is not null:
                await _pane.ResolveAsync();
                break;
            case "r" when _pane is not null:
                await _pane.FocusReplyAsync();
                break;
            default:
                return;
        }

        StateHasChanged();
        if (_current is { } shown && key is "j" or "k")
        {
            await JS.InvokeVoidAsync("pantau.scrollIntoView", $"case-row-{shown}");
        }
    }

    private string CountOf(InboxView view) => _counts is not { } c ? "" : CountText(view switch
    {
        InboxView.Mine => c.Mine,
        InboxView.Unassigned => c.Unassigned,
        InboxView.BreachingSoon => c.BreachingSoon,
        InboxView.Risk => c.Risk,
        InboxView.AwaitingApproval => c.AwaitingApproval,
        _ => c.All,
    });

    private static string CountText(int count) => count > InboxQuery.CountLimit ? Display.Number(InboxQuery.CountLimit) + "+" : Display.Number(count);

    private static string RowClass(InboxRow row, bool selected) =>
        "inbox-row" + (selected ? " selected" : "") + (row.SlaBreached ? " breached" : "") + (row.Status == "new" ? " unread" : "");

    private string StatusText(InboxRow row) => T["care.status." + row.Status];

    private string WaitText(DateTimeOffset since) => Display.Relative(since, _now, T, Zone);

    private void Unsubscribe()
    {
        _live?.Cancel();
        _live?.Dispose();
        _live = null;
        _subscription?.Dispose();
        _subscription = null;
        _beat?.Dispose();
        _beat = null;
    }

    public async ValueTask DisposeAsync()
    {
        Unsubscribe();
        _ticker?.Dispose();
        if (_self is not null)
        {
            try
            {
                await JS.InvokeVoidAsync("pantau.unbindInboxKeys");
            }
            catch (JSDisconnectedException)
            {
            }

            _self.Dispose();
        }
    }

}
