using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;

namespace Pantau.Server.Components.Shared;

/// <summary>
/// A page under <c>/w/{slug}/…</c>: finds the workspace by its slug among the signed-in user's workspaces. A slug the
/// user has no role in is "not found", exactly like an unknown one (workspaces are isolated).
/// </summary>
public abstract class WorkspacePage : ComponentBase
{
    private string? _resolvedSlug;

    [Parameter]
    public string Slug { get; set; } = "";

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private WorkspaceAccess Access { get; set; } = default!;

    /// <summary>The viewer's time zone for absolute times (cascaded by the layout).</summary>
    [CascadingParameter]
    protected ViewerZone? Zone { get; set; }

    protected Workspace? Workspace { get; private set; }

    protected WorkspaceRole Role { get; private set; }

    /// <summary>True once the slug was looked up and the user has no workspace by that name.</summary>
    protected bool WorkspaceMissing { get; private set; }

    protected ClaimsPrincipal User { get; private set; } = new();

    /// <summary>Supervisors and admins change topics and sources; the API checks the same rule.</summary>
    protected bool CanConfigure => Role >= WorkspaceRole.Supervisor;

    /// <summary>The path of a page in this workspace: <c>Href("topics")</c> → <c>/w/demo/topics</c>.</summary>
    protected string Href(string page) => $"/w/{Uri.EscapeDataString(Slug)}/{page}";

    protected override async Task OnParametersSetAsync()
    {
        if (_resolvedSlug == Slug)
        {
            await OnPageParametersSetAsync();
            return;
        }

        _resolvedSlug = Slug;
        User = AuthenticationState is null ? new ClaimsPrincipal() : (await AuthenticationState).User;
        var workspaces = await Access.WorkspacesAsync(User, CancellationToken.None);
        var match = workspaces.FirstOrDefault(w => string.Equals(w.Workspace.Slug, Slug, StringComparison.OrdinalIgnoreCase));
        Workspace = match.Workspace;
        Role = match.Workspace is null ? WorkspaceRole.Viewer : match.Role;
        WorkspaceMissing = match.Workspace is null;
        if (Workspace is not null)
        {
            await OnWorkspaceChangedAsync();
        }

        await OnPageParametersSetAsync();
    }

    /// <summary>Called when the page first shows a workspace, and again when the user switches to another one.</summary>
    protected virtual Task OnWorkspaceChangedAsync() => Task.CompletedTask;

    /// <summary>Called after every parameter change, once the workspace is known.</summary>
    protected virtual Task OnPageParametersSetAsync() => Task.CompletedTask;
}
