using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pantau.Data.Tests.Postgres;
using Pantau.Data.Writers;
using Pantau.Testing.Postgres;

namespace Pantau.Data.Tests.Storage;

/// <summary>A database of its own on the assembly's PostgreSQL server, migrated like the server does it.</summary>
public sealed class PostgresStorageFixture(PostgresServerFixture servers) : StorageFixture
{
    private PostgresServer? _server;
    private NpgsqlDataSource? _dataSource;
    private DbContextOptions<PostgresPantauDbContext>? _options;

    public override string Provider => "PostgreSQL";

    public override PantauDbContext CreateContext() => new PostgresPantauDbContext(_options ?? throw new InvalidOperationException("Not initialised."));

    public override IMentionWriter CreateWriter() => new PostgresMentionWriter(_dataSource ?? throw new InvalidOperationException("Not initialised."));

    public override async Task<IReadOnlyDictionary<string, string?>> NewEmptyDatabaseSettingsAsync(CancellationToken cancellationToken)
    {
        var connectionString = await (_server ?? throw new InvalidOperationException("Not initialised.")).CreateDatabaseAsync("fresh", cancellationToken);
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = connectionString,
        };
    }

    public override async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        try
        {
            _server = await servers.GetAsync(cancellationToken);
        }
        catch (PostgresUnavailableException exception)
        {
            UnavailableReason = exception.Message;
            return;
        }

        var connectionString = await _server.CreateDatabaseAsync("storage", cancellationToken);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _options = new DbContextOptionsBuilder<PostgresPantauDbContext>().UseNpgsql(_dataSource).Options;
        MigrationsApplied = await MigrateAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }
}
