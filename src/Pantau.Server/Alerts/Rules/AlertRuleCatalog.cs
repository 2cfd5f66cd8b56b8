using Microsoft.EntityFrameworkCore;
using Pantau.Core.Alerts;
using Pantau.Data;

namespace Pantau.Server.Alerts.Rules;

/// <summary>
/// Every workspace's enabled alert rules, compiled into one matcher (rules of other workspaces never match). Editing a rule or
/// an author list calls <see cref="Invalidate"/>; the engine recompiles before its next batch.
/// </summary>
public sealed class AlertRuleCatalog(IDbContextFactory<PantauDbContext> contexts) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CompiledAlertRules _current = CompiledAlertRules.Empty;
    private int _version = 1;
    private int _compiled;

    public void Dispose() => _gate.Dispose();

    public void Invalidate() => Interlocked.Increment(ref _version);

    public async Task<CompiledAlertRules> CurrentAsync(CancellationToken cancellationToken)
    {
        var wanted = Volatile.Read(ref _version);
        if (wanted == _compiled)
        {
            return _current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (wanted != _compiled)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var lists = (await db.AuthorLists.AsNoTracking().ToListAsync(cancellationToken))
                    .ToDictionary(l => l.Id, l => new AuthorList(l.Name, l.Handles.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
                var rows = await db.AlertRules.AsNoTracking().Where(r => r.Enabled).ToListAsync(cancellationToken);
                _current = CompiledAlertRules.Compile(rows.Select(r => AlertRuleConditions.FromJson(r.ConditionJson).ToRule(r, lists)));
                _compiled = wanted;
            }

            return _current;
        }
        finally
        {
            _gate.Release();
        }
    }
}
