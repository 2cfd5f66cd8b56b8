using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Accounts;

namespace Pantau.Server.Contacts;

/// <summary>Who changed a contact, as the case timeline records it: a user (id and name) or an API key (its name).</summary>
public sealed record ContactActor(Guid? Id, string Name)
{
    public static readonly ContactActor Import = new(null, "CSV import");

    public static async Task<ContactActor> OfAsync(PantauDbContext db, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.FindFirstValue(PantauClaims.ApiKeyWorkspace) is not null)
        {
            return new ContactActor(null, "API key " + (caller.FindFirstValue(ClaimTypes.Name) ?? "?"));
        }

        if (Guid.TryParse(caller.FindFirstValue(ClaimTypes.NameIdentifier), out var userId))
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new { u.DisplayName, u.Email, u.UserName }).FirstOrDefaultAsync(cancellationToken);
            var name = user is null ? null : new[] { user.DisplayName, user.Email, user.UserName }.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
            return new ContactActor(userId, name?.Trim() ?? userId.ToString());
        }

        return new ContactActor(null, caller.Identity?.Name ?? "?");
    }
}
