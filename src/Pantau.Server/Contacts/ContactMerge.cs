using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Api;

namespace Pantau.Server.Contacts;

/// <summary>
/// Merges contact B into contact A, in one transaction: B's accounts and cases become A's; tags are combined; custom
/// fields, e-mail and customer id are A's where A has them; notes are joined; either being VIP makes A VIP; B is deleted.
/// Every case of either contact records the merge on its timeline.
/// </summary>
public sealed class ContactMerge(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    public async Task<IResult> MergeAsync(Guid workspaceId, long contactId, long? otherContactId, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (otherContactId is not { } otherId)
        {
            return ApiProblems.Invalid("otherContactId", "The contact to merge into this one is required.");
        }

        if (otherId == contactId)
        {
            return ApiProblems.Invalid("otherContactId", "A contact cannot be merged with itself.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pair = await db.Contacts.Include(c => c.Tags)
            .Where(c => c.WorkspaceId == workspaceId && (c.Id == contactId || c.Id == otherId)).ToListAsync(cancellationToken);
        var keep = pair.FirstOrDefault(c => c.Id == contactId);
        var gone = pair.FirstOrDefault(c => c.Id == otherId);
        if (keep is null)
        {
            return ApiProblems.NotFound("The contact");
        }

        if (gone is null)
        {
            return ApiProblems.NotFound("The other contact");
        }

        var now = clock.GetUtcNow();
        var actor = await ContactActor.OfAsync(db, caller, cancellationToken);
        var keptCases = await db.Cases.Where(c => c.WorkspaceId == workspaceId && c.ContactId == keep.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var goneCases = db.Cases.Where(c => c.WorkspaceId == workspaceId && c.ContactId == gone.Id);
        var movedCaseIds = await goneCases.Select(c => c.Id).ToListAsync(cancellationToken);
        var authors = await db.Authors.Where(a => a.WorkspaceId == workspaceId && a.ContactId == gone.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.ContactId, keep.Id), cancellationToken);
        var cases = await ContactTimeline.MoveCasesAsync(goneCases, keep.Id, now, cancellationToken);

        Combine(keep, gone);
        keep.UpdatedAt = now;
        var recorded = ContactTimeline.Record(db, [.. movedCaseIds, .. keptCases], workspaceId, "merge", gone, keep, actor, now,
            new { authorsMoved = authors, casesMoved = cases });
        db.Contacts.Remove(gone);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(new ContactChangeResult(keep.Id, gone.Id, authors, cases, recorded));
    }

    private static void Combine(Data.Entities.Contact keep, Data.Entities.Contact gone)
    {
        foreach (var tag in gone.Tags.Select(t => t.Tag).Where(t => keep.Tags.All(k => k.Tag != t)).ToList())
        {
            keep.Tags.Add(new Data.Entities.ContactTag { ContactId = keep.Id, Tag = tag, WorkspaceId = keep.WorkspaceId });
        }

        var fields = ContactRules.ReadFields(gone.CustomFieldsJson).ToDictionary(StringComparer.Ordinal);
        foreach (var (key, value) in ContactRules.ReadFields(keep.CustomFieldsJson))
        {
            fields[key] = value;
        }

        // Both sets fitted alone; together they may not, and then A's own fields are what is kept.
        keep.CustomFieldsJson = ContactRules.WriteFields(fields, out _) ?? keep.CustomFieldsJson;
        keep.Email ??= gone.Email;
        keep.CustomerId ??= gone.CustomerId;
        keep.Vip |= gone.Vip;
        if (!string.IsNullOrWhiteSpace(gone.Notes) && gone.Notes != keep.Notes)
        {
            var notes = string.IsNullOrWhiteSpace(keep.Notes) ? gone.Notes : keep.Notes + "\n\n" + gone.Notes;
            keep.Notes = notes.Length > ContactRules.MaxNotes ? notes[..ContactRules.MaxNotes] : notes;
        }
    }
}
