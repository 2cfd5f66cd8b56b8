using Pantau.Data.Tests.Postgres;
using Pantau.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServerFixture))]

namespace Pantau.Data.Tests.Postgres;

/// <summary>
/// One PostgreSQL server for the whole test assembly, started the first time a test class asks for it
/// (so that running only the SQLite tests never starts one) and stopped when the assembly is done.
/// </summary>
public sealed class PostgresServerFixture : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresServer? _server;
    private Exception? _failure;

    public async Task<PostgresServer> GetAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_failure is not null)
            {
                throw _failure is PostgresUnavailableException unavailable
                    ? new PostgresUnavailableException(unavailable.Message, unavailable)
                    : new InvalidOperationException("PostgreSQL failed to start for an earlier test class.", _failure);
            }

            if (_server is null)
            {
                try
                {
                    _server = await PostgresServer.StartAsync(cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    _failure = exception;
                    throw;
                }
            }

            return _server;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _gate.Dispose();
    }
}
