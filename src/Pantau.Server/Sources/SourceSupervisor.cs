using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Runtime;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Demo;
using Pantau.Server.Hosting;

namespace Pantau.Server.Sources;

/// <summary>
/// Keeps one <see cref="SourceRunner"/> running for every enabled pulled or streamed source, and restarts or
/// stops runners when sources change (<see cref="Refresh"/>).
/// </summary>
public sealed class SourceSupervisor(
    IDbContextFactory<PantauDbContext> contexts,
    ConnectorRegistry connectors,
    SourceRunner runner,
    SourceSecrets secrets,
    IOptions<DemoOptions> demo,
    Readiness readiness,
    TimeProvider clock,
    ILogger<SourceSupervisor> logger) : BackgroundService
{
    private readonly SemaphoreSlim _changed = new(0);
    private readonly Dictionary<Guid, Running> _running = [];
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, byte> _readNow = new();
    private Task? _signal;

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    /// <summary>Asks the supervisor to compare running sources with the database now.</summary>
    public void Refresh() => _changed.Release();

    /// <summary>Restarts a pulled source's runner so that it reads at once, not at its planned time.</summary>
    public void ReadNow(Guid sourceId)
    {
        _readNow[sourceId] = 0;
        Refresh();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WhenReady.WaitAsync(stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await ReconcileAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Could not reconcile running sources; trying again shortly");
                }

                // Wake on a change, or every minute to pick up changes made by another node.
                _signal ??= _changed.WaitAsync(stoppingToken);
                await Task.WhenAny(_signal, Task.Delay(TimeSpan.FromMinutes(1), clock, stoppingToken));
                stoppingToken.ThrowIfCancellationRequested();
                if (_signal.IsCompleted)
                {
                    _signal = null;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            foreach (var running in _running.Values)
            {
                await running.StopAsync();
            }
        }
    }

    private async Task ReconcileAsync(CancellationToken stoppingToken)
    {
        await using var db = await contexts.CreateDbContextAsync(stoppingToken);
        // Everything but the cursor, which the runner loads itself: with thousands of feeds, cursors are most of the bytes.
        var sources = await db.Sources.AsNoTracking().Where(s => s.Enabled)
            .Select(s => new Source
            {
                Id = s.Id,
                WorkspaceId = s.WorkspaceId,
                Kind = s.Kind,
                Name = s.Name,
                Enabled = s.Enabled,
                SettingsJson = s.SettingsJson,
                ProtectedSecrets = s.ProtectedSecrets,
                UpdatedAt = s.UpdatedAt,
            })
            .ToListAsync(stoppingToken);
        var wanted = sources
            .Where(s => demo.Value.Enabled || s.Kind != SourceKinds.Demo)
            .Where(s => connectors.Find(s.Kind) is IPullConnector or IStreamConnector)
            .ToDictionary(s => s.Id);

        foreach (var (id, running) in _running.ToList())
        {
            if (!wanted.TryGetValue(id, out var source) || source.UpdatedAt != running.Version || _readNow.ContainsKey(id))
            {
                await running.StopAsync();
                _running.Remove(id);
            }
        }

        foreach (var id in _readNow.Keys.Where(id => !wanted.ContainsKey(id)))
        {
            _readNow.TryRemove(id, out _); // disabled or deleted meanwhile
        }

        foreach (var source in wanted.Values.Where(s => !_running.ContainsKey(s.Id)))
        {
            SourceContext context;
            try
            {
                context = secrets.ContextFor(source) with { ReadNow = _readNow.TryRemove(source.Id, out _) };
            }
            catch (Exception exception) when (exception is JsonException or System.Security.Cryptography.CryptographicException)
            {
                logger.LogError(exception, "Source {SourceId} cannot start: its settings or secrets cannot be read", source.Id);
                continue;
            }

            var cancellation = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var task = Task.Run(() => runner.RunAsync(context, connectors.Find(source.Kind)!, cancellation.Token), CancellationToken.None);
            _running[source.Id] = new Running(source.UpdatedAt, cancellation, task);
            logger.LogInformation("Started source {Name} ({Kind}, {SourceId})", source.Name, source.Kind, source.Id);
        }
    }

    private sealed record Running(DateTimeOffset Version, CancellationTokenSource Cancellation, Task Task)
    {
        public async Task StopAsync()
        {
            await Cancellation.CancelAsync();
            try
            {
                await Task;
            }
            catch (OperationCanceledException)
            {
            }

            Cancellation.Dispose();
        }
    }
}
