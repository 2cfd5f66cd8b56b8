using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pantau.Data.Writers;

/// <summary>
/// A prepared SQLite statement driven directly through SQLitePCLRaw, on a connection (and transaction) opened by
/// Microsoft.Data.Sqlite. Parameters are bound by position, with no per-execution name lookup or reader object:
/// the writer's hot loop costs little more than SQLite's own work.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Bind(int index, string? value) => Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index, v) : raw.sqlite3_bind_null(_statement, index));

    public void Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    public void Bind(int index, bool value) => Check(raw.sqlite3_bind_int64(_statement, index, value ? 1 : 0));

    public void Bind(int index, byte[] value) => Check(raw.sqlite3_bind_blob(_statement, index, value));

    /// <summary>Runs the statement; returns the first column of its first row as an integer, or null when it returned no row.</summary>
    public long? ExecuteScalarInt64()
    {
        try
        {
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW)
            {
                var value = raw.sqlite3_column_int64(_statement, 0);
                // Drain, so that RETURNING statements finish their work.
                while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
                {
                }

                Check(rc);
                return value;
            }

            Check(rc);
            return null;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Execute() => ExecuteScalarInt64();

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
