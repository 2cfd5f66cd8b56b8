using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Api;

namespace Pantau.Server.Contacts;

/// <summary>
/// Detaches one account from a contact into a new contact of its own (named and addressed as the account is), with
/// the cases of that account; each moved case records it on its timeline.
/// </summary>
public sealed class ContactSplit(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    public async Task<IResult> SplitAsync(Guid workspaceId, long contactId, long? authorId, ClaimsPrincipal caller, CancellationToken cancellationToken)
    {
        if (authorId is not { } accountId)
        {
            return ApiProblems.Invalid("authorId", "The account (authorId) to split off is required.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return ApiProblems.NotFound("The contact");
        }

        var author = await db.Authors.FirstOrDefaultAsync(a => a.WorkspaceId == workspaceId && a.Id == accountId && a.ContactId == contactId, cancellationToken);
        if (author is null)
        {
            return ApiProblems.NotFound("The account");
        }

        if (!await db.Authors.AnyAsync(a => a.WorkspaceId == workspaceId && a.ContactId == contactId && a.Id != accountId, cancellationToken))
        {
            return ApiProblems.Conflict("authorId", "This is the contact's only account; there is nothing to split it from.");
        }

        var now = clock.GetUtcNow();
        var name = string.IsNullOrWhiteSpace(author.DisplayName) ? author.Handle : author.DisplayName.Trim();
        var created = new Contact
        {
            WorkspaceId = workspaceId,
            DisplayName = name.Length > ContactRules.MaxName ? name[..ContactRules.MaxName] : name,
            Email = ContactRules.Email(author.Email, out _),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Contacts.Add(created);
        await db.SaveChangesAsync(cancellationToken);

        author.ContactId = created.Id;
        contact.UpdatedAt = now;
        var moving = db.Cases.Where(c => c.WorkspaceId == workspaceId && c.ContactId == contactId && c.AuthorId == accountId);
        var caseIds = await moving.Select(c => c.Id).ToListAsync(cancellationToken);
        var cases = await ContactTimeline.MoveCasesAsync(moving, created.Id, now, cancellationToken);
        var actor = await ContactActor.OfAsync(db, caller, cancellationToken);
        var recorded = ContactTimeline.Record(db, caseIds, workspaceId, "split", contact, created, actor, now,
            new { authorId = author.Id, network = author.Network, handle = author.Handle });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/workspaces/{workspaceId}/contacts/{created.Id}", new ContactChangeResult(created.Id, contact.Id, 1, cases, recorded));
    }
}
