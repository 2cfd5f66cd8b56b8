using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Accounts;

/// <summary>Finds a workspace by id, slug or name, creating it when asked.</summary>
public sealed class Workspaces(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    public async Task<Workspace?> FindAsync(string idSlugOrName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (Guid.TryParse(idSlugOrName, out var id))
        {
            return await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
        }

        var slug = Slugify(idSlugOrName);
        return await db.Workspaces.AsNoTracking().FirstOrDefaultAsync(w => w.Slug == slug || w.Name == idSlugOrName, cancellationToken);
    }

    public async Task<(Workspace Workspace, bool Created)> FindOrCreateAsync(string idSlugOrName, CancellationToken cancellationToken)
    {
        if (await FindAsync(idSlugOrName, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        if (Guid.TryParse(idSlugOrName, out _))
        {
            throw new ArgumentException($"No workspace has the id {idSlugOrName}.", nameof(idSlugOrName));
        }

        var now = clock.GetUtcNow();
        var workspace = new Workspace { Id = Guid.CreateVersion7(now), Name = idSlugOrName.Trim(), Slug = Slugify(idSlugOrName), CreatedAt = now };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Workspaces.Add(workspace);
        await db.SaveChangesAsync(cancellationToken);
        return (workspace, true);
    }

    /// <summary>Lower-case ASCII letters, digits and dashes: <c>Bank Sentosa</c> → <c>bank-sentosa</c>.</summary>
    public static string Slugify(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = Pantau.Core.Text.TextNormaliser.Fold(name);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "workspace" : slug.Length > 100 ? slug[..100] : slug.ToString(CultureInfo.InvariantCulture);
    }
}
