using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;

namespace Pantau.Server.Care.Cases;

/// <summary>Turns a signed-in caller into a <see cref="CareActor"/>, by the name they have now.</summary>
public sealed class CareActors(IDbContextFactory<PantauDbContext> contexts)
{
    public async Task<CareActor> ForAsync(ClaimsPrincipal caller, WorkspaceRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.FindFirstValue(PantauClaims.ApiKeyWorkspace) is not null)
        {
            return new CareActor(null, "API key " + (caller.FindFirstValue(ClaimTypes.Name) ?? "?"), role);
        }

        if (Guid.TryParse(caller.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
            if (user is not null)
            {
                return new CareActor(userId, NameOf(user.DisplayName, user.Email, userId), role);
            }
        }

        return new CareActor(null, caller.Identity?.Name ?? "?", role);
    }

    public static string NameOf(string? displayName, string? email, Guid id) =>
        !string.IsNullOrWhiteSpace(displayName) ? displayName.Trim() : !string.IsNullOrWhiteSpace(email) ? email.Trim() : id.ToString("N")[..8];
}
