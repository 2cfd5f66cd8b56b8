using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;
using Pantau.Server.Care;
using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Inbox;
using Pantau.Server.Components.Shared;

namespace Pantau.Server.Components.Pages.Care;

/// <summary>
/// One case: the conversation in order, the actions, and the reply box with canned responses (type <c>;</c> or
/// <c>/</c>, pick with the arrows and Enter; Ctrl+Enter sends). Shows who else is viewing or typing, and updates live.
/// </summary>
public sealed partial class CasePane : IAsyncDisposable
{
    private static readonly TimeSpan TypingBeat = TimeSpan.FromSeconds(3);

    private CaseDetail? _detail;
    private List<CannedResponse> _canned = [];
    private List<(Guid Id, string Name)> _agents = [];
    private IReadOnlyList<CaseVisitor> _others = [];
    private string _mode = "public";
    private string _text = "";
    private string? _newTag;
    private bool _sending;
    private bool _pickerOpen;
    private int _pickerIndex;
    private int _pickerStart;
    private DateTimeOffset _now;
    private DateTimeOffset _lastTypingBeat;
    private Guid? _userId;
    private string _userName = "";
    private IDisposable? _visit;
    private CaseFeed.Subscription? _subscription;
    private CancellationTokenSource? _live;
    private ElementReference _compose;

    [Parameter, EditorRequired]
    public Guid WorkspaceId { get; set; }

    [Parameter]
    public string WorkspaceName { get; set; } = "";

    [Parameter]
    public string Slug { get; set; } = "";

    [Parameter, EditorRequired]
    public long CaseId { get; set; }

    [Parameter]
    public WorkspaceRole Role { get; set; }

    [Parameter]
    public ClaimsPrincipal User { get; set; } = new();

    [Parameter]
    public EventCallback OnChanged { get; set; }

    [CascadingParameter]
    private ViewerZone? Zone { get; set; }

    [Inject]
    private CaseReader Reader { get; set; } = default!;

    [Inject]
    private CaseCommands Commands { get; set; } = default!;

    [Inject]
    private CaseReplies Replies { get; set; } = default!;

    [Inject]
    private CareActors Actors { get; set; } = default!;

    [Inject]
    private CaseFeed Feed { get; set; } = default!;

    [Inject]
    private CasePresence Presence { get; set; } = default!;

    [Inject]
    private IDbContextFactory<PantauDbContext> Contexts { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private bool CanWork => Role >= WorkspaceRole.Agent;

    private bool CanSupervise => Role >= WorkspaceRole.Supervisor;

    private bool OverLimit => _mode != "note" && _detail is { Reply.MaxLength: > 0 } d && CaseReplies.CodePoints(_text) > d.Reply.MaxLength;

    private IEnumerable<CannedResponse> PickerItems
    {
        get
        {
            var query = _pickerStart < _text.Length ? _text[(_pickerStart + 1)..].Trim().ToLowerInvariant() : "";
            var language = _detail?.Case.Language == "en" ? "en" : "id";
            return _canned
                .Where(c => query.Length == 0 || c.Shortcut.Contains(query, StringComparison.OrdinalIgnoreCase) || c.Title.Contains(query, StringComparison.OrdinalIgnoreCase))
                .OrderBy(c => c.Language == language ? 0 : 1).ThenBy(c => c.Shortcut, StringComparer.Ordinal)
                .Take(8);
        }
    }

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.GetUtcNow();
        _userId = CaseEndpoints.UserId(User);
        var actor = await Actors.ForAsync(User, Role, CancellationToken.None);
        _userName = actor.Name;
        await LoadAsync();
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            _canned = await db.CannedResponses.AsNoTracking().Where(c => c.WorkspaceId == WorkspaceId).ToListAsync();
            var agents = await db.WorkspaceMembers.AsNoTracking().Where(m => m.WorkspaceId == WorkspaceId && m.Role >= WorkspaceRole.Agent)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email })
                .ToListAsync();
            _agents = [.. agents.Select(a => (a.Id, Caller.NameOf(a.DisplayName, a.Email, a.Id))).OrderBy(a => a.Item2, StringComparer.CurrentCulture)];
        }

        if (_detail is { Reply: { CanReply: true } reply })
        {
            _mode = reply.Public ? "public" : reply.Private ? "private" : "note";
        }
        else
        {
            _mode = "note";
        }

        if (RendererInfo.IsInteractive && _userId is { } user)
        {
            _visit = Presence.Enter(CaseId, user, _userName);
            Presence.Changed += PresenceChanged;
            _others = Presence.Others(CaseId, user);
            _live = new CancellationTokenSource();
            _subscription = Feed.Subscribe(WorkspaceId);
            _ = FollowAsync(_subscription, _live.Token);
        }
    }

    private async Task LoadAsync()
    {
        var actor = new CareActor(_userId, _userName, Role);
        _detail = await Reader.GetAsync(WorkspaceId, CaseId, actor, CancellationToken.None);
        _now = Clock.GetUtcNow();
    }

    private async Task FollowAsync(CaseFeed.Subscription subscription, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in subscription.Reader.ReadAllAsync(cancellationToken))
            {
                if (change.CaseId == CaseId && change.Kind != CaseChangeKind.MentionedUser)
                {
                    await InvokeAsync(async () =>
                    {
                        await LoadAsync();
                        StateHasChanged();
                    });
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void PresenceChanged(long caseId)
    {
        if (caseId == CaseId)
        {
            _ = InvokeAsync(() =>
            {
                _others = Presence.Others(CaseId, _userId);
                StateHasChanged();
            });
        }
    }

    public async Task AssignToMeAsync()
    {
        if (_userId is { } me)
        {
            await RunAsync(actor => Commands.AssignAsync(WorkspaceId, CaseId, me, null, actor, CancellationToken.None), "care.done.assigned");
        }
    }

    private async Task AssignAsync(Guid? agent) =>
        await RunAsync(actor => Commands.AssignAsync(WorkspaceId, CaseId, agent, null, actor, CancellationToken.None), "care.done.assigned");

    public Task ResolveAsync() => StatusAsync(CaseStatus.Resolved);

    private async Task StatusAsync(CaseStatus status) =>
        await RunAsync(actor => Commands.ChangeStatusAsync(WorkspaceId, CaseId, status, actor, CancellationToken.None), "care.done.status");

    private async Task SpamAsync() => await RunAsync(actor => Commands.MarkSpamAsync(WorkspaceId, CaseId, actor, CancellationToken.None), "care.done.spam");

    private async Task AnsweredElsewhereAsync() =>
        await RunAsync(actor => Replies.AnsweredElsewhereAsync(WorkspaceId, CaseId, string.IsNullOrWhiteSpace(_text) ? null : _text, actor, CancellationToken.None), "care.done.answered", clear: true);

    private async Task RetryAsync(long entryId) => await RunAsync(actor => Replies.RetryAsync(WorkspaceId, entryId, actor, CancellationToken.None), "care.done.retry");

    private async Task ReviewAsync(long entryId, bool approve) =>
        await RunAsync(actor => Replies.ReviewAsync(WorkspaceId, entryId, approve, null, actor, CancellationToken.None), approve ? "care.done.approved" : "care.done.rejected");

    private async Task UntagAsync(string tag) => await RunAsync(actor => Commands.TagAsync(WorkspaceId, CaseId, [], [tag], actor, CancellationToken.None), null);

    private async Task TagKeyAsync(KeyboardEventArgs args)
    {
        if (args.Key == "Enter" && !string.IsNullOrWhiteSpace(_newTag))
        {
            var tag = _newTag;
            _newTag = null;
            await RunAsync(actor => Commands.TagAsync(WorkspaceId, CaseId, [tag], [], actor, CancellationToken.None), null);
        }
    }

    private Task CorrectSentimentAsync(string value) =>
        EnrichmentNames.TryParseSentiment(value, out var sentiment)
            ? RunAsync(actor => Commands.CorrectAsync(WorkspaceId, CaseId, sentiment, null, actor, CancellationToken.None), "care.done.corrected")
            : Task.CompletedTask;

    private Task CorrectIntentAsync(string value) =>
        EnrichmentNames.TryParseIntent(value, out var intent)
            ? RunAsync(actor => Commands.CorrectAsync(WorkspaceId, CaseId, null, intent, actor, CancellationToken.None), "care.done.corrected")
            : Task.CompletedTask;

    public async Task FocusReplyAsync()
    {
        if (CanWork)
        {
            await _compose.FocusAsync();
        }
    }

    private void ModeChanged(string mode) => _mode = mode;

    private Task TextInputAsync(ChangeEventArgs args)
    {
        _text = args.Value as string ?? "";
        UpdatePicker();
        if (_userId is { } user && Clock.GetUtcNow() - _lastTypingBeat > TypingBeat)
        {
            _lastTypingBeat = Clock.GetUtcNow();
            Presence.Typing(CaseId, user);
        }

        return Task.CompletedTask;
    }

    /// <summary>The picker opens on a ";" or "/" typed at the start or after a space, and filters by what follows it.</summary>
    private void UpdatePicker()
    {
        var trigger = Math.Max(_text.LastIndexOf(';'), _text.LastIndexOf('/'));
        var open = trigger >= 0 && (trigger == 0 || char.IsWhiteSpace(_text[trigger - 1])) && !_text[trigger..].Contains(' ', StringComparison.Ordinal) && _canned.Count > 0;
        if (open && !_pickerOpen)
        {
            _pickerIndex = 0;
        }

        _pickerOpen = open;
        _pickerStart = trigger;
    }

    private async Task ComposeKeyAsync(KeyboardEventArgs args)
    {
        if (_pickerOpen)
        {
            var items = PickerItems.ToList();
            switch (args.Key)
            {
                case "ArrowDown":
                    _pickerIndex = Math.Min(_pickerIndex + 1, Math.Max(0, items.Count - 1));
                    return;
                case "ArrowUp":
                    _pickerIndex = Math.Max(_pickerIndex - 1, 0);
                    return;
                case "Enter" or "Tab" when items.Count > 0:
                    await PickAsync(items[Math.Min(_pickerIndex, items.Count - 1)]);
                    return;
                case "Escape":
                    _pickerOpen = false;
                    return;
            }
        }

        if (args.Key == "Enter" && (args.CtrlKey || args.MetaKey))
        {
            await SendAsync();
        }
    }

    private async Task PickAsync(CannedResponse canned)
    {
        var row = _detail?.Case;
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["customer.name"] = row?.Author.Name ?? row?.Author.Handle,
            ["customer.handle"] = row is null ? null : "@" + row.Author.Handle,
            ["case.number"] = row?.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["agent.name"] = _userName,
            ["workspace.name"] = WorkspaceName,
        };
        var rendered = CannedTemplate.Render(canned.Body, values);
        _text = (_pickerStart > 0 ? _text[.._pickerStart] : "") + rendered;
        _pickerOpen = false;
        await _compose.FocusAsync();
    }

    private async Task SendAsync()
    {
        if (_sending || string.IsNullOrWhiteSpace(_text) || OverLimit)
        {
            return;
        }

        _sending = true;
        try
        {
            var text = _text;
            var ok = _mode == "note"
                ? await RunAsync(actor => Replies.NoteAsync(WorkspaceId, CaseId, text, actor, CancellationToken.None), "care.done.note", clear: true)
                : await RunAsync(actor => Replies.ReplyAsync(WorkspaceId, CaseId, text, _mode == "private" ? ReplyVisibility.Private : ReplyVisibility.Public, actor, CancellationToken.None),
                    _detail?.Reply.NeedsApproval == true ? "care.done.awaitingApproval" : "care.done.replied", clear: true);
            if (ok && _userId is { } user)
            {
                Presence.StoppedTyping(CaseId, user);
            }
        }
        finally
        {
            _sending = false;
        }
    }

    private async Task<bool> RunAsync(Func<CareActor, Task<CaseOutcome>> command, string? done, bool clear = false)
    {
        var actor = await Actors.ForAsync(User, Role, CancellationToken.None);
        var outcome = await command(actor);
        if (outcome.Succeeded)
        {
            if (done is not null)
            {
                Snackbar.Add(T[done], Severity.Success);
            }

            if (clear)
            {
                _text = "";
                _pickerOpen = false;
            }

            await LoadAsync();
            await OnChanged.InvokeAsync();
            return true;
        }

        Snackbar.Add(outcome.Message ?? T["error.load"], Severity.Error);
        return false;
    }

    private string ActionText(TimelineItem item)
    {
        var who = item.ActorName ?? T["care.timeline.pantau"];
        return item.Kind switch
        {
            "status_changed" => T.Format("care.timeline.status", who, T["care.status." + (item.Text ?? "open")]),
            "assigned" => item.Text is null ? T.Format("care.timeline.unassigned", who) : T.Format("care.timeline.assigned", who, item.Text),
            "tagged" => T.Format("care.timeline.tagged", who, item.Text ?? ""),
            "untagged" => T.Format("care.timeline.untagged", who, item.Text ?? ""),
            "corrected" => T.Format("care.timeline.corrected", who, item.Text ?? ""),
            "answered_elsewhere" => T.Format("care.timeline.answeredElsewhere", who, item.Text ?? ""),
            "approval_requested" => T.Format("care.timeline.approvalRequested", who),
            "reply_approved" => T.Format("care.timeline.approved", who),
            "reply_rejected" => T.Format("care.timeline.rejected", who, item.Text ?? ""),
            "sla_warning" => T.Format("care.timeline.slaWarning", T["care.sla." + (item.Text ?? "first_response")]),
            "sla_breached" => T.Format("care.timeline.slaBreached", T["care.sla." + (item.Text ?? "first_response")]),
            "contact_changed" => T.Format("care.timeline.contact", who),
            "csat_sent" => T["care.timeline.csatSent"],
            "csat_answered" => T.Format("care.timeline.csatAnswered", item.Text ?? ""),
            _ => item.Kind,
        };
    }

    public ValueTask DisposeAsync()
    {
        Presence.Changed -= PresenceChanged;
        _visit?.Dispose();
        _live?.Cancel();
        _live?.Dispose();
        _subscription?.Dispose();
        return ValueTask.CompletedTask;
    }
}
