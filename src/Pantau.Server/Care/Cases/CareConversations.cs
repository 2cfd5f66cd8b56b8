using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Core.Care;
using Pantau.Data;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// The posts of open care conversations (customers' messages and the agents' replies to them) with the customer of
/// each, so the pipeline keeps a customer's answer that names no brand ("sudah bisa, makasih min") when they reply
/// inside their own conversation: without it the answer matches no topic and never reaches the case. Only the
/// case's customer counts (others joining the thread still need to name a brand). In memory, filled from the database
/// at start and by the intake and the reply dispatcher; bounded, so a huge backlog degrades to topic matching only.
/// </summary>
public sealed class CareConversations(IDbContextFactory<PantauDbContext> contexts, IOptions<CareOptions> options)
{
    public const int Capacity = 500_000;

    private readonly ConcurrentDictionary<(Guid Workspace, string ExternalId), string> _posts = new();

    /// <summary>True when <paramref name="inReplyTo"/> is a post of a care conversation whose customer is <paramref name="authorHandle"/>.</summary>
    public bool Continues(Guid workspaceId, string? inReplyTo, string authorHandle) =>
        options.Value.KeepConversationReplies && inReplyTo is not null
        && _posts.TryGetValue((workspaceId, inReplyTo), out var customer)
        && string.Equals(customer, authorHandle, StringComparison.OrdinalIgnoreCase);

    public void Add(Guid workspaceId, string? externalId, string customerHandle)
    {
        if (externalId is not null && _posts.Count < Capacity)
        {
            _posts[(workspaceId, externalId)] = customerHandle;
        }
    }

    /// <summary>Reads the conversations of cases not closed, newest first, up to the capacity.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.KeepConversationReplies)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.CaseEntries.AsNoTracking()
            .Where(e => e.ExternalId != null)
            .Join(db.Cases.Where(c => c.Status != CaseStatus.Closed), e => e.CaseId, c => c.Id, (e, c) => new { e.Id, e.WorkspaceId, e.ExternalId, c.AuthorId })
            .Join(db.Authors, x => x.AuthorId, a => a.Id, (x, a) => new { x.Id, x.WorkspaceId, x.ExternalId, a.Handle })
            .OrderByDescending(x => x.Id)
            .Take(Capacity)
            .AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Add(row.WorkspaceId, row.ExternalId, row.Handle);
        }
    }
}
