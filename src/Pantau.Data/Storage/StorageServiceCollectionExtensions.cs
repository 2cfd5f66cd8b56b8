using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Pantau.Connectors.Abstractions;
using Pantau.Data.Writers;

namespace Pantau.Data.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the database for the configured provider, the bulk writer and the source state store.</summary>
    public static IServiceCollection AddPantauStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Both providers are registered; which one serves is read from the options when first resolved, so a host
        // (or a test) can change the configuration up to the moment the container is built.
        services.AddSingleton(sp => NpgsqlDataSource.Create(Options(sp).ConnectionString
            ?? throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSql.")));
        services.AddDbContextFactory<PostgresPantauDbContext>((sp, db) => db.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
        services.AddDbContextFactory<SqlitePantauDbContext>((sp, db) => db
            .UseSqlite(Options(sp).ResolveConnectionString(), sqlite => sqlite.CommandTimeout(30))
            .AddInterceptors(new SqliteConnectionTuning()));

        services.AddSingleton<IDbContextFactory<PantauDbContext>>(sp => IsPostgres(sp)
            ? new ContextFactory<PostgresPantauDbContext>(sp.GetRequiredService<IDbContextFactory<PostgresPantauDbContext>>())
            : new ContextFactory<SqlitePantauDbContext>(sp.GetRequiredService<IDbContextFactory<SqlitePantauDbContext>>()));
        services.AddScoped<PantauDbContext>(sp => IsPostgres(sp)
            ? sp.GetRequiredService<PostgresPantauDbContext>()
            : sp.GetRequiredService<SqlitePantauDbContext>());
        services.AddSingleton<IMentionWriter>(sp => IsPostgres(sp)
            ? new PostgresMentionWriter(sp.GetRequiredService<NpgsqlDataSource>())
            : new SqliteMentionWriter(Options(sp).ResolveConnectionString()));

        services.AddSingleton<ISourceStateStore, SourceStateStore>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static bool IsPostgres(IServiceProvider services) => Options(services).ProviderKind == StorageProvider.PostgreSql;

    /// <summary>Creates the data folder and switches a SQLite database to WAL; nothing to do for PostgreSQL.</summary>
    public static void PrepareSqliteFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.Mode != SqliteOpenMode.Memory)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }

    private sealed class ContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<PantauDbContext>
        where TContext : PantauDbContext
    {
        public PantauDbContext CreateDbContext() => inner.CreateDbContext();

        public async Task<PantauDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
            await inner.CreateDbContextAsync(cancellationToken);
    }
}
