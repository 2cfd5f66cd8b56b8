using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pantau.Data.Storage;
using Pantau.Data.Writers;

namespace Pantau.Data.Tests.Storage;

/// <summary>A real SQLite file in a temporary folder, in WAL mode, migrated like the server does it.</summary>
public sealed class SqliteStorageFixture : StorageFixture
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pantau-tests-" + Guid.NewGuid().ToString("N")[..12]);
    private DbContextOptions<SqlitePantauDbContext>? _options;

    public override string Provider => "SQLite";

    public string ConnectionString => $"Data Source={Path.Combine(_folder, "pantau.db")}";

    public override PantauDbContext CreateContext() => new SqlitePantauDbContext(_options ?? throw new InvalidOperationException("Not initialised."));

    public override IMentionWriter CreateWriter() => new SqliteMentionWriter(ConnectionString);

    public override Task<IReadOnlyDictionary<string, string?>> NewEmptyDatabaseSettingsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, string?> settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = Path.Combine(_folder, "fresh-" + Guid.NewGuid().ToString("N")[..8]),
        };
        return Task.FromResult(settings);
    }

    public override async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        StorageServiceCollectionExtensions.PrepareSqliteFile(ConnectionString);
        _options = new DbContextOptionsBuilder<SqlitePantauDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqliteConnectionTuning())
            .Options;
        MigrationsApplied = await MigrateAsync(TestContext.Current.CancellationToken);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }

        return ValueTask.CompletedTask;
    }
}
