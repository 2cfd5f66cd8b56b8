using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Pantau.Connectors.Abstractions;
using Pantau.Data.Writers;

namespace Pantau.Data.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the database for the configured provider, the bulk writer and the source state store.</summary>
    public static IServiceCollection AddPantauStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // The provider decides which context type is registered, so the options are read here once.
        var options = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (options.Provider == StorageProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                // Validation on start reports this with the setting's name; register nothing that would fail first.
                return services;
            }

            services.AddSingleton(_ => NpgsqlDataSource.Create(options.ConnectionString));
            services.AddDbContextFactory<PostgresPantauDbContext>((sp, db) => db.UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>()));
            services.AddSingleton<IDbContextFactory<PantauDbContext>, ContextFactory<PostgresPantauDbContext>>();
            services.AddScoped<PantauDbContext>(sp => sp.GetRequiredService<PostgresPantauDbContext>());
            services.AddSingleton<IMentionWriter>(sp => new PostgresMentionWriter(sp.GetRequiredService<NpgsqlDataSource>()));
        }
        else
        {
            var connectionString = options.ResolveConnectionString();
            services.AddDbContextFactory<SqlitePantauDbContext>(db => db
                .UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(30))
                .AddInterceptors(new SqliteConnectionTuning()));
            services.AddSingleton<IDbContextFactory<PantauDbContext>, ContextFactory<SqlitePantauDbContext>>();
            services.AddScoped<PantauDbContext>(sp => sp.GetRequiredService<SqlitePantauDbContext>());
            services.AddSingleton<IMentionWriter>(_ => new SqliteMentionWriter(connectionString));
        }

        services.AddSingleton<ISourceStateStore, SourceStateStore>();
        services.AddSingleton<DatabaseMigrator>();
        return services;
    }

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
