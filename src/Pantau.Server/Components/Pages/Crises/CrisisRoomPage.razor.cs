using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts;
using Pantau.Server.Alerts.Crises;
using Pantau.Server.Components.Pages.Alerts;

namespace Pantau.Server.Components.Pages.Crises;

/// <summary>
/// One crisis room: the live curve (read again every 30 s and on every alert change), the story, the cases, the holding
/// statement's approval and the log. A draft being typed is never overwritten by a refresh.
/// </summary>
public sealed partial class CrisisRoomPage : IDisposable
{
    private const string CrisisActive = "active";
    private static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(30);

    private CrisisDetailDto? _room;
    private Guid? _crisisId;
    private bool _missing;
    private bool _busy;
    private DateTimeOffset _now;
    private string _statement = "";
    private string _savedStatement = "";
    private string? _note;
    private int? _caseNumber;
    private AlertLive? _live;
    private ITimer? _refresh;

    private enum StatementStep
    {
        Submit,
        Approve,
        Publish,
    }

    [Parameter]
    public int Number { get; set; }

    [Inject]
    private CrisisReader Reader { get; set; } = default!;

    [Inject]
    private CrisisRoom Room { get; set; } = default!;

    [Inject]
    private AlertFeed Feed { get; set; } = default!;

    [Inject]
    private IDbContextFactory<PantauDbContext> Contexts { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    private bool CanAct => Role >= WorkspaceRole.Agent;

    private bool Dirty => (_statement ?? "").Trim() != _savedStatement;

    protected override async Task OnPageParametersSetAsync()
    {
        if (!RendererInfo.IsInteractive || Workspace is null)
        {
            return;
        }

        Stop();
        _crisisId = await Reader.IdOfNumberAsync(Workspace.Id, Number, CancellationToken.None);
        _missing = _crisisId is null;
        if (_crisisId is null)
        {
            return;
        }

        _live = AlertLive.Start(Feed, Workspace.Id, _ => InvokeAsync(RefreshAsync));
        _refresh = Clock.CreateTimer(_ => _ = InvokeAsync(RefreshAsync), null, RefreshEvery, RefreshEvery);
        await LoadAsync();
    }

    private async Task RefreshAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    private async Task LoadAsync()
    {
        if (Workspace is null || _crisisId is not { } id)
        {
            return;
        }

        _now = Clock.GetUtcNow();
        _room = await Reader.GetAsync(Workspace.Id, id, CancellationToken.None);
        _missing = _room is null;
        if (_room is not null && !Dirty)
        {
            _statement = _room.Statement.Text;
        }

        _savedStatement = _room?.Statement.Text ?? "";
    }

    private Task<bool> SaveStatementAsync() =>
        RunAsync((ws, id, by) => Room.EditStatementAsync(ws, id, _statement, by, CancellationToken.None), afterSave: true);

    private Task<bool> StepAsync(StatementStep step) => RunAsync((ws, id, by) => step switch
    {
        StatementStep.Submit => Room.SubmitStatementAsync(ws, id, by, CancellationToken.None),
        StatementStep.Approve => Room.ApproveStatementAsync(ws, id, by, CancellationToken.None),
        _ => Room.PublishStatementAsync(ws, id, by, CancellationToken.None),
    });

    private async Task NoteAsync()
    {
        var text = _note;
        if (await RunAsync((ws, id, by) => Room.NoteAsync(ws, id, text, by, CancellationToken.None)))
        {
            _note = null;
        }
    }

    private async Task LinkCaseAsync(int number, bool link)
    {
        if (await RunAsync((ws, id, by) => Room.LinkCaseAsync(ws, id, number, link, by, CancellationToken.None)) && link)
        {
            _caseNumber = null;
        }
    }

    private Task<bool> ResolveAsync(bool resolve) => RunAsync((ws, id, by) => Room.ResolveAsync(ws, id, resolve, by, CancellationToken.None));

    private async Task<bool> RunAsync(Func<Guid, Guid, Pantau.Server.Accounts.Caller, Task<CrisisOutcome>> command, bool afterSave = false)
    {
        if (Workspace is null || _crisisId is not { } id)
        {
            return false;
        }

        _busy = true;
        try
        {
            var outcome = await command(Workspace.Id, id, await AlertLive.CallerAsync(Contexts, User));
            if (!outcome.Succeeded)
            {
                Snackbar.Add(T.Format("alerts.failed", outcome.Message), Severity.Error);
                return false;
            }

            if (afterSave)
            {
                _savedStatement = (_statement ?? "").Trim();
                _statement = _savedStatement;
                Snackbar.Add(T["crises.saved"], Severity.Success);
            }

            await LoadAsync();
            return true;
        }
        finally
        {
            _busy = false;
        }
    }

    private void Stop()
    {
        _live?.Dispose();
        _live = null;
        _refresh?.Dispose();
        _refresh = null;
    }

    public void Dispose() => Stop();
}
