using Npgsql;
using Pantau.Testing.Postgres;

namespace Pantau.Data.Tests.Postgres;

/// <summary>The throwaway server itself, which other test projects reuse.</summary>
public sealed class PostgresServerTests(PostgresServerFixture servers)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<PostgresServer> ServerAsync()
    {
        try
        {
            return await servers.GetAsync(Ct);
        }
        catch (PostgresUnavailableException exception)
        {
            if (PostgresServer.IsRequired)
            {
                Assert.Fail($"{PostgresServer.RequiredInCiMessage}. {exception.Message}");
            }

            Assert.Skip(exception.Message);
            throw;
        }
    }

    [Fact]
    public async Task The_server_listens_on_loopback_with_fsync_off()
    {
        var server = await ServerAsync();

        var builder = new NpgsqlConnectionStringBuilder(server.AdminConnectionString);
        Assert.Equal("127.0.0.1", builder.Host);
        Assert.Equal(server.Port, builder.Port);
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT current_setting('fsync'), current_setting('server_encoding')", connection);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        Assert.Equal("off", reader.GetString(0));
        Assert.Equal("UTF8", reader.GetString(1));
        Assert.True(Directory.Exists(server.RootDirectory));
    }

    [Fact]
    public async Task Each_database_is_new_and_separate()
    {
        var server = await ServerAsync();

        var first = await server.CreateDatabaseAsync("Separate Test!", Ct);
        var second = await server.CreateDatabaseAsync("Separate Test!", Ct);

        Assert.NotEqual(new NpgsqlConnectionStringBuilder(first).Database, new NpgsqlConnectionStringBuilder(second).Database);
        Assert.Matches("^[a-z0-9_]+$", new NpgsqlConnectionStringBuilder(first).Database!);
        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync(Ct);
            await using var create = new NpgsqlCommand("CREATE TABLE only_here (id int)", connection);
            await create.ExecuteNonQueryAsync(Ct);
        }

        await using (var connection = new NpgsqlConnection(second))
        {
            await connection.OpenAsync(Ct);
            await using var query = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'", connection);
            Assert.Equal(0L, await query.ExecuteScalarAsync(Ct));
        }
    }
}
