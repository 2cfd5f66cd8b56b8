using System.Security.Claims;
using Pantau.Data;
using Pantau.Server.Accounts;

namespace Pantau.Server.Contacts;

/// <summary>Who changed a contact, as the case timeline records it: a user (id and name) or an API key (its name).</summary>
public sealed record ContactActor(Guid? Id, string Name)
{
    public static readonly ContactActor Import = new(null, "CSV import");

    public static async Task<ContactActor> OfAsync(PantauDbContext db, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        var (userId, name) = await Caller.OfAsync(db, caller, cancellationToken);
        return new ContactActor(userId, name);
    }
}
