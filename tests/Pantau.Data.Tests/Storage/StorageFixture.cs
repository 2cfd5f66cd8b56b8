using Microsoft.EntityFrameworkCore;
using Pantau.Data.Writers;
using Pantau.Testing.Postgres;

namespace Pantau.Data.Tests.Storage;

/// <summary>
/// One migrated database of one provider, shared by the tests of one class. Tests keep apart by creating their
/// own workspaces, which is also how the product keeps tenants apart.
/// </summary>
public abstract class StorageFixture : IAsyncLifetime
{
    public abstract string Provider { get; }

    /// <summary>Why this provider cannot run here, or null when it can.</summary>
    public string? UnavailableReason { get; protected set; }

    /// <summary>The migrations that were pending when the fixture migrated its fresh database.</summary>
    public IReadOnlyList<string> MigrationsApplied { get; protected set; } = [];

    public IDbContextFactory<PantauDbContext> Contexts => new Factory(this);

    public abstract PantauDbContext CreateContext();

    public abstract IMentionWriter CreateWriter();

    /// <summary>Settings for <c>AddPantauStorage</c> that point at a new, empty database of this provider.</summary>
    public abstract Task<IReadOnlyDictionary<string, string?>> NewEmptyDatabaseSettingsAsync(CancellationToken cancellationToken);

    public abstract ValueTask InitializeAsync();

    public abstract ValueTask DisposeAsync();

    /// <summary>Skips the calling test when the provider is unavailable, or fails it when CI requires the provider.</summary>
    public void Require()
    {
        if (UnavailableReason is not { } reason)
        {
            return;
        }

        if (PostgresServer.IsRequired)
        {
            Assert.Fail($"{PostgresServer.RequiredInCiMessage}. {reason}");
        }

        Assert.Skip($"{Provider} is not available here, so its tests are skipped: {reason}");
    }

    protected async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    private sealed class Factory(StorageFixture fixture) : IDbContextFactory<PantauDbContext>
    {
        public PantauDbContext CreateDbContext() => fixture.CreateContext();
    }
}
