using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Contacts;

/// <summary>
/// Records a change of who a case's customer is (a merge or split) on the case's timeline, the audit trail agents read:
/// a <see cref="CaseEntryKind.ContactChanged"/> entry with who did it and <c>{"action","from","to"}</c> as data.
/// </summary>
internal static class ContactTimeline
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds an entry to each case (not saved); returns how many.</summary>
    public static int Record(PantauDbContext db, IReadOnlyCollection<long> caseIds, Guid workspaceId, string action, Contact from, Contact to,
        ContactActor actor, DateTimeOffset at, object? extra = null)
    {
        var data = JsonSerializer.Serialize(new
        {
            action,
            from = new { id = from.Id, name = from.DisplayName },
            to = new { id = to.Id, name = to.DisplayName },
            detail = extra,
        }, Json);
        var text = action == "merge"
            ? $"Contact {from.DisplayName} merged into {to.DisplayName}"
            : $"Account split off {from.DisplayName} into {to.DisplayName}";
        foreach (var caseId in caseIds)
        {
            db.CaseEntries.Add(new CaseEntry
            {
                CaseId = caseId,
                WorkspaceId = workspaceId,
                At = at,
                Kind = CaseEntryKind.ContactChanged,
                ActorId = actor.Id,
                ActorName = actor.Name,
                Text = text.Length > 500 ? text[..500] : text,
                DataJson = data,
            });
        }

        return caseIds.Count;
    }

    /// <summary>Points cases at another contact, raising their version as every case change does.</summary>
    public static Task<int> MoveCasesAsync(IQueryable<Case> cases, long toContactId, DateTimeOffset at, CancellationToken cancellationToken) =>
        cases.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.ContactId, toContactId)
            .SetProperty(c => c.Version, c => c.Version + 1)
            .SetProperty(c => c.UpdatedAt, at), cancellationToken);
}
