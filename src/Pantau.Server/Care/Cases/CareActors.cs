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
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (userId, name) = await Caller.OfAsync(db, caller, cancellationToken);
        return new CareActor(userId, name, role);
    }
}
