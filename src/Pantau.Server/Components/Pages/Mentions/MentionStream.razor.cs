using System.Threading.Channels;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Mentions;
using Pantau.Server.Topics;

namespace Pantau.Server.Components.Pages.Mentions;

/// <summary>
/// The live stream: the newest stored mentions, then every new one as the pipeline stores it (through
/// <see cref="MentionFeed"/>), newest first. Pausing queues arrivals; the list is capped so a long shift does not grow memory.
/// </summary>
public sealed partial class MentionStream
{
    /// <summary>Most mentions kept in the list while live items arrive; the oldest drop off the end.</summary>
    public const int MaxItems = 500;

    /// <summary>"Load more" may extend the list up to this many, then asks for narrower filters.</summary>
    public const int HardLimit = 2000;

    private const int PageSize = 50;
    private static readonly TimeSpan ClockTick = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(100);

    private readonly List<StreamItem> _items = [];
    private readonly HashSet<long> _ids = [];
    private readonly List<StreamItem> _queued = [];
    private List<TopicLabel> _topics = [];
    private StreamFilter _filter = StreamFilter.None;

    private string ExportHref(string format)
    {
        var query = _requestedFilter.ToApiQuery();
        return $"/api/v1/workspaces/{Workspace?.Id}/mentions/export?format={format}{(query.Length > 0 ? "&" + query : "")}";
    }
    private StreamFilter _requestedFilter = StreamFilter.None;
    private string? _searchInput;
    private string? _nextCursor;
    private bool _loading = true;
    private bool _loadingMore;
    private bool _paused;
    private bool _filtersOpen;
    private int _queuedCount;
    private bool _queueOverflowed;
    private int _capacity = MaxItems;
    private string? _error;
    private DateTimeOffset _now;
    private long _loadVersion;
    private MentionFeed.Subscription? _subscription;
    private CancellationTokenSource? _live;
    private ITimer? _ticker;

    [Inject]
    private MentionReader Reader { get; set; } = default!;

    [Inject]
    private MentionFeed Feed { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private IDbContextFactory<PantauDbContext> Contexts { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private ILogger<MentionStream> Logger { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "topic")]
    private string? TopicQuery { get; set; }

    [SupplyParameterFromQuery(Name = "network")]
    private string? NetworkQuery { get; set; }

    [SupplyParameterFromQuery(Name = "sentiment")]
    private string? SentimentQuery { get; set; }

    [SupplyParameterFromQuery(Name = "q")]
    private string? SearchQuery { get; set; }

    [SupplyParameterFromQuery(Name = "intent")]
    private string? IntentQuery { get; set; }

    [SupplyParameterFromQuery(Name = "lang")]
    private string? LanguageQuery { get; set; }

    [SupplyParameterFromQuery(Name = "risk")]
    private string? RiskQuery { get; set; }

    [SupplyParameterFromQuery(Name = "spam")]
    private string? SpamQuery { get; set; }

    [SupplyParameterFromQuery(Name = "since")]
    private string? SinceQuery { get; set; }

    [SupplyParameterFromQuery(Name = "until")]
    private string? UntilQuery { get; set; }

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

    protected override void OnParametersSet()
    {
        var previousSearch = _requestedFilter.Search;
        _requestedFilter = StreamFilter.Parse(TopicQuery, NetworkQuery, SentimentQuery, SearchQuery, IntentQuery, LanguageQuery, RiskQuery, SpamQuery, SinceQuery, UntilQuery);
        if (_requestedFilter.Search != previousSearch)
        {
            // The address changed the search (a link, the back button, switching workspace): the box follows it.
            _searchInput = _requestedFilter.Search;
        }
    }

    protected override async Task OnWorkspaceChangedAsync()
    {
        // Prerendering shows the skeleton; the circuit that follows loads and subscribes.
        if (!RendererInfo.IsInteractive || Workspace is null)
        {
            return;
        }

        Unsubscribe();
        _filter = _requestedFilter;
        _live = new CancellationTokenSource();
        _subscription = Feed.Subscribe(Workspace.Id);
        _ = ReadLiveAsync(_subscription.Reader, _live.Token);
        await LoadTopicsAsync();
        await ReloadAsync();
    }

    protected override async Task OnPageParametersSetAsync()
    {
        if (RendererInfo.IsInteractive && Workspace is not null && _requestedFilter != _filter)
        {
            _filter = _requestedFilter;
            await ReloadAsync();
        }
    }

    /// <summary>The first page for the current filters. Subscribed before loading, so nothing falls between the two.</summary>
    private async Task ReloadAsync()
    {
        if (Workspace is null)
        {
            return;
        }

        var version = ++_loadVersion;
        _loading = true;
        _error = null;
        StateHasChanged();
        try
        {
            var page = await Reader.ListAsync(_filter.ToQuery(Workspace.Id, before: null, PageSize), CancellationToken.None);
            if (version != _loadVersion)
            {
                return;
            }

            // Live items that arrived while the page loaded are kept; the page fills in below them.
            var live = _items.Where(i => i.Fresh && _filter.Matches(i.Mention)).ToList();
            _items.Clear();
            _ids.Clear();
            _queued.Clear();
            _queuedCount = 0;
            _queueOverflowed = false;
            _capacity = MaxItems;
            foreach (var item in live.Concat(page.Items.Select(m => new StreamItem(m, null, false))).OrderByDescending(i => i.Mention.Id))
            {
                if (_ids.Add(item.Mention.Id))
                {
                    _items.Add(item);
                }
            }

            _nextCursor = page.NextCursor;
            Trim();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Logger.LogWarning(exception, "Loading mentions of workspace {Workspace} failed", Workspace.Id);
            _error = T["error.load"];
        }
        finally
        {
            if (version == _loadVersion)
            {
                _loading = false;
            }
        }
    }

    private async Task LoadMoreAsync()
    {
        if (Workspace is null || _nextCursor is null || !long.TryParse(_nextCursor, System.Globalization.CultureInfo.InvariantCulture, out var before))
        {
            return;
        }

        _loadingMore = true;
        try
        {
            var page = await Reader.ListAsync(_filter.ToQuery(Workspace.Id, before, PageSize), CancellationToken.None);
            foreach (var mention in page.Items)
            {
                if (_ids.Add(mention.Id))
                {
                    _items.Add(new StreamItem(mention, null, false));
                }
            }

            _nextCursor = page.NextCursor;
            _capacity = Math.Clamp(_items.Count, MaxItems, HardLimit);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Logger.LogWarning(exception, "Loading more mentions of workspace {Workspace} failed", Workspace.Id);
            _error = T["error.load"];
        }
        finally
        {
            _loadingMore = false;
        }
    }

    private async Task LoadTopicsAsync()
    {
        if (Workspace is null)
        {
            return;
        }

        try
        {
            await using var db = await Contexts.CreateDbContextAsync();
            var workspaceId = Workspace.Id;
            var rows = await db.Topics.AsNoTracking().Where(t => t.WorkspaceId == workspaceId)
                .Select(t => new { t.Id, t.Name, t.Color }).ToListAsync();
            _topics = rows.Select(t => new TopicLabel(t.Id, t.Name, t.Color)).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The filter just lacks topics; the stream itself still works.
            Logger.LogWarning(exception, "Loading topics of workspace {Workspace} failed", Workspace.Id);
        }
    }

    /// <summary>Reads live mentions off the subscription, at most one render per <see cref="RenderInterval"/>.</summary>
    private async Task ReadLiveAsync(ChannelReader<MentionDto> reader, CancellationToken cancellationToken)
    {
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken))
            {
                var batch = new List<StreamItem>();
                var received = Clock.GetUtcNow().ToUnixTimeMilliseconds();
                while (batch.Count < MaxItems && reader.TryRead(out var mention))
                {
                    batch.Add(new StreamItem(mention, received, true));
                }

                await InvokeAsync(() =>
                {
                    Accept(batch);
                    StateHasChanged();
                });
                await Task.Delay(RenderInterval, Clock, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away while a batch was on its way.
        }
    }

    private void Accept(List<StreamItem> batch)
    {
        var fresh = batch.Where(i => _filter.Matches(i.Mention) && !_ids.Contains(i.Mention.Id))
            .OrderByDescending(i => i.Mention.Id).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        _now = Clock.GetUtcNow();
        if (_paused)
        {
            _queued.InsertRange(0, fresh);
            _queuedCount += fresh.Count;
            if (_queued.Count > MaxItems)
            {
                _queued.RemoveRange(MaxItems, _queued.Count - MaxItems);
                _queueOverflowed = true;
            }

            return;
        }

        foreach (var item in fresh)
        {
            _ids.Add(item.Mention.Id);
        }

        _items.InsertRange(0, fresh);
        Trim();
    }

    /// <summary>Drops the oldest items beyond the cap; "load more" then continues from the new end.</summary>
    private void Trim()
    {
        if (_items.Count <= _capacity)
        {
            return;
        }

        foreach (var dropped in _items.Skip(_capacity))
        {
            _ids.Remove(dropped.Mention.Id);
        }

        _items.RemoveRange(_capacity, _items.Count - _capacity);
        _nextCursor = _items[^1].Mention.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How many of the filters behind the phone's filter button are set (shown on the button).</summary>
    private int ActiveSelectFilters => (_filter.TopicId is null ? 0 : 1) + (_filter.Network is null ? 0 : 1) + (_filter.Sentiment is null ? 0 : 1)
        + (_filter.Intent is null ? 0 : 1) + (_filter.Language is null ? 0 : 1) + (_filter.Risk is null ? 0 : 1) + (_filter.ShowSpam ? 1 : 0);

    private string TopicName(string? id) => _topics.FirstOrDefault(t => t.Id.ToString() == id)?.Name ?? "";

    private void Pause() => _paused = true;

    private async Task Resume()
    {
        _paused = false;
        if (_queueOverflowed)
        {
            // More arrived than the queue keeps: start again from the newest, without a gap.
            await ReloadAsync();
            return;
        }

        var queued = _queued.Where(i => !_ids.Contains(i.Mention.Id)).ToList();
        _queued.Clear();
        _queuedCount = 0;
        foreach (var item in queued)
        {
            _ids.Add(item.Mention.Id);
        }

        _items.InsertRange(0, queued);
        Trim();
    }

    private void SearchChanged(string? text) => SetFilter(_filter with { Search = string.IsNullOrWhiteSpace(text) ? null : text.Trim() });

    private void TopicChanged(string? topic) => SetFilter(_filter with { TopicId = Guid.TryParse(topic, out var id) ? id : null });

    private void NetworkChanged(string? network) => SetFilter(_filter with { Network = string.IsNullOrEmpty(network) ? null : network });

    private void SentimentChanged(string? sentiment) => SetFilter(_filter with { Sentiment = string.IsNullOrEmpty(sentiment) ? null : sentiment });

    private void IntentChanged(string? intent) => SetFilter(_filter with { Intent = string.IsNullOrEmpty(intent) ? null : intent });

    private void LanguageChanged(string? language) => SetFilter(_filter with { Language = string.IsNullOrEmpty(language) ? null : language });

    private void RiskChanged(string? risk) => SetFilter(_filter with { Risk = string.IsNullOrEmpty(risk) ? null : risk });

    private string PeriodLabel(StreamFilter filter)
    {
        var zone = Zone ?? Shared.ViewerZone.Server;
        string Local(DateTimeOffset? at) => at is { } t ? zone.ToLocal(t).ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.CurrentCulture) : "…";
        return $"{Local(filter.Since)} – {Local(filter.Until)}";
    }

    private void ShowSpamChanged(bool show) => SetFilter(_filter with { ShowSpam = show });

    private void ClearFilters()
    {
        _searchInput = null;
        SetFilter(StreamFilter.None);
    }

    /// <summary>Filters live in the address, so a filtered stream can be bookmarked and shared; the page reloads from it.</summary>
    private void SetFilter(StreamFilter filter)
    {
        var uri = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["topic"] = filter.TopicId?.ToString(),
            ["network"] = filter.Network,
            ["sentiment"] = filter.Sentiment,
            ["q"] = filter.Search,
            ["intent"] = filter.Intent,
            ["lang"] = filter.Language,
            ["risk"] = filter.Risk,
            ["spam"] = filter.ShowSpam ? "include" : null,
            ["since"] = StreamFilter.Format(filter.Since),
            ["until"] = StreamFilter.Format(filter.Until),
        });
        Navigation.NavigateTo(uri, replace: true);
    }

    private void Unsubscribe()
    {
        _live?.Cancel();
        _live?.Dispose();
        _live = null;
        _subscription?.Dispose();
        _subscription = null;
    }

    public ValueTask DisposeAsync()
    {
        Unsubscribe();
        _ticker?.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed record StreamItem(MentionDto Mention, long? ReceivedMs, bool Fresh);
}
