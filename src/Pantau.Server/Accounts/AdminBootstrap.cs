using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Accounts;

/// <summary>
/// On first start (no users), creates the admin with the password from <c>PANTAU_ADMIN_PASSWORD</c>, or a generated
/// one printed once on the console (never logged).
/// </summary>
public sealed class AdminBootstrap(UserAccounts accounts, IDbContextFactory<PantauDbContext> contexts, IConfiguration configuration, ILogger<AdminBootstrap> logger)
{
    public const string DefaultEmail = "admin@pantau.local";

    public async Task EnsureAdminAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var email = configuration["Admin:Email"] is { Length: > 0 } configured ? configured : DefaultEmail;
        var password = configuration["ADMIN_PASSWORD"] is { Length: > 0 } given ? given : null;
        var workspaces = await db.Workspaces.Select(w => w.Id).ToListAsync(cancellationToken);
        var (_, generated) = await accounts.AddOrUpdateAsync(email, password, WorkspaceRole.Admin, workspaces, cancellationToken);
        logger.LogInformation("Created the first admin, {Email}", email);
        if (generated is not null)
        {
            await Console.Out.WriteLineAsync($"""

                ┌──────────────────────────────────────────────────────────────┐
                  Pantau's first admin:  {email}
                  Password (shown once): {generated}
                  Change it after signing in, or set PANTAU_ADMIN_PASSWORD.
                └──────────────────────────────────────────────────────────────┘

                """);
        }
    }
}
