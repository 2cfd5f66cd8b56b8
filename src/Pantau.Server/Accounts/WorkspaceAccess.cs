using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Accounts;

/// <summary>What a caller (a signed-in user or an API key) may do in which workspace.</summary>
public sealed class WorkspaceAccess(IDbContextFactory<PantauDbContext> contexts)
{
    /// <summary>The caller's role in the workspace, or null when the caller has none (answer 404, not 403).</summary>
    public async Task<WorkspaceRole?> RoleAsync(ClaimsPrincipal caller, Guid workspaceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.FindFirstValue(PantauClaims.ApiKeyWorkspace) is { } keyWorkspace)
        {
            return Guid.TryParse(keyWorkspace, out var id) && id == workspaceId
                ? (WorkspaceRole)int.Parse(caller.FindFirstValue(PantauClaims.ApiKeyRole) ?? "0", CultureInfo.InvariantCulture)
                : null;
        }

        if (!Guid.TryParse(caller.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var member = await db.WorkspaceMembers.AsNoTracking()
            .FirstOrDefaultAsync(m => m.UserId == userId && m.WorkspaceId == workspaceId, cancellationToken);
        return member?.Role;
    }

    public async Task<IReadOnlyList<(Workspace Workspace, WorkspaceRole Role)>> WorkspacesAsync(ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (caller.FindFirstValue(PantauClaims.ApiKeyWorkspace) is { } keyWorkspace && Guid.TryParse(keyWorkspace, out var keyWs))
        {
            var ws = await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Id == keyWs, cancellationToken);
            var role = (WorkspaceRole)int.Parse(caller.FindFirstValue(PantauClaims.ApiKeyRole) ?? "0", CultureInfo.InvariantCulture);
            return ws is null ? [] : [(ws, role)];
        }

        if (!Guid.TryParse(caller.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            return [];
        }

        var rows = await db.WorkspaceMembers.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Workspaces, m => m.WorkspaceId, w => w.Id, (m, w) => new { Workspace = w, m.Role })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Workspace.Name, StringComparer.CurrentCulture).Select(r => (r.Workspace, r.Role)).ToList();
    }
}
