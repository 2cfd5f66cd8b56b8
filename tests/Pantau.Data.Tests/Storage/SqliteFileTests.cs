using Microsoft.Data.Sqlite;
using Pantau.Data.Writers;

namespace Pantau.Data.Tests.Storage;

/// <summary>What the SQLite file holds: the raw writer and EF must agree on how instants and ids are stored.</summary>
public sealed class SqliteFileTests(SqliteStorageFixture fixture) : IClassFixture<SqliteStorageFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<object?> ScalarAsync(string sql, Guid workspaceId)
    {
        await using var connection = new SqliteConnection(fixture.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$ws", SqliteMentionWriter.GuidBytes(workspaceId));
        return await command.ExecuteScalarAsync(Ct);
    }

    [Fact]
    public async Task The_database_is_in_wal_mode()
    {
        await using var connection = new SqliteConnection(fixture.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";

        Assert.Equal("wal", await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task Instants_are_unix_milliseconds_and_ids_16_byte_blobs_written_by_the_writer_and_by_ef_alike()
    {
        var ws = await TestWorkspace.CreateAsync(fixture);
        var published = new DateTimeOffset(2026, 10, 31, 21, 15, 30, 123, TimeSpan.FromHours(7));
        await fixture.CreateWriter().WriteAsync([ws.Mention("a", publishedAt: published)], Ct);

        Assert.Equal("integer", await ScalarAsync("""SELECT typeof("PublishedAt") FROM "Mentions" WHERE "WorkspaceId" = $ws""", ws.Id));
        Assert.Equal(published.ToUnixTimeMilliseconds(), await ScalarAsync("""SELECT "PublishedAt" FROM "Mentions" WHERE "WorkspaceId" = $ws""", ws.Id));
        Assert.Equal("integer", await ScalarAsync("""SELECT typeof("CreatedAt") FROM "Workspaces" WHERE "Id" = $ws""", ws.Id)); // written by EF
        Assert.Equal(SqliteMentionWriter.GuidBytes(ws.Id), await ScalarAsync("""SELECT "Id" FROM "Workspaces" WHERE "Id" = $ws""", ws.Id));
        Assert.Equal("blob", await ScalarAsync("""SELECT typeof("WorkspaceId") FROM "Mentions" WHERE "WorkspaceId" = $ws""", ws.Id));
        Assert.Equal(1L, await ScalarAsync("""SELECT count(*) FROM "Mentions" m JOIN "Workspaces" w ON w."Id" = m."WorkspaceId" WHERE w."Id" = $ws""", ws.Id));
    }
}
