using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// The posts of open care conversations (customers' messages and the agents' replies), by workspace and id, so the
/// pipeline keeps a customer's answer that names no brand ("sudah bisa, makasih min") when it replies to one of them:
/// without it, the answer would match no topic and never reach the case. In memory, filled from the database at start
/// and by the intake and the reply dispatcher as they go; bounded, so a huge backlog degrades to topic matching only.
/// </summary>
public sealed class CareConversations(IDbContextFactory<PantauDbContext> contexts)
{
    public const int Capacity = 500_000;

    private readonly ConcurrentDictionary<(Guid Workspace, string ExternalId), byte> _posts = new();

    public bool Contains(Guid workspaceId, string? externalId) =>
        externalId is not null && _posts.ContainsKey((workspaceId, externalId));

    public void Add(Guid workspaceId, string? externalId)
    {
        if (externalId is not null && _posts.Count < Capacity)
        {
            _posts.TryAdd((workspaceId, externalId), 0);
        }
    }

    /// <summary>Reads the conversations of cases not closed, newest first, up to the capacity.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.CaseEntries.AsNoTracking()
            .Where(e => e.ExternalId != null && db.Cases.Any(c => c.Id == e.CaseId && c.Status != CaseStatus.Closed))
            .OrderByDescending(e => e.Id)
            .Select(e => new { e.WorkspaceId, e.ExternalId })
            .Take(Capacity)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Add(row.WorkspaceId, row.ExternalId);
        }
    }
}
