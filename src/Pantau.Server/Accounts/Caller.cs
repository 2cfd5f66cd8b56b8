using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;

namespace Pantau.Server.Accounts;

/// <summary>
/// Who is acting, as audit trails record it: a user (id and the name they have now) or an API key (by its name).
/// </summary>
public sealed record Caller(Guid? UserId, string Name)
{
    public static async Task<Caller> OfAsync(PantauDbContext db, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.FindFirstValue(PantauClaims.ApiKeyWorkspace) is not null)
        {
            return new Caller(null, "API key " + (principal.FindFirstValue(ClaimTypes.Name) ?? "?"));
        }

        if (Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync(cancellationToken);
            if (user is not null)
            {
                return new Caller(userId, NameOf(user.DisplayName, user.Email, userId));
            }
        }

        return new Caller(null, principal.Identity?.Name ?? "?");
    }

    /// <summary>A user's name for others to read: the display name, else the e-mail, else the start of the id.</summary>
    public static string NameOf(string? displayName, string? email, Guid id) =>
        !string.IsNullOrWhiteSpace(displayName) ? displayName.Trim() : !string.IsNullOrWhiteSpace(email) ? email.Trim() : id.ToString("N")[..8];
}
