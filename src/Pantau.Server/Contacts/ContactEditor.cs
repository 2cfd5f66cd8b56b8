using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Api;

namespace Pantau.Server.Contacts;

/// <summary>Changes what the company knows of a contact: name, e-mail, customer id, VIP, notes, tags, custom fields.</summary>
public sealed class ContactEditor(IDbContextFactory<PantauDbContext> contexts, ContactDirectory directory, TimeProvider clock)
{
    /// <returns>200 with the profile, 400 naming the field, 404 for a contact of another workspace.</returns>
    public async Task<IResult> UpdateAsync(Guid workspaceId, long contactId, ContactPatch patch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patch);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.Include(c => c.Tags).FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return ApiProblems.NotFound("The contact");
        }

        if (Apply(contact, patch) is { } error)
        {
            return ApiProblems.Invalid(error.Field, error.Message);
        }

        contact.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await directory.ProfileAsync(workspaceId, contactId, cancellationToken));
    }

    /// <summary>Applies a patch to a tracked contact (with its tags loaded); the field and message when something is invalid, and then nothing is changed.</summary>
    public static (string Field, string Message)? Apply(Contact contact, ContactPatch patch)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(patch);
        var name = patch.DisplayName?.Trim();
        if (patch.DisplayName is not null && (name!.Length == 0 || name.Length > ContactRules.MaxName))
        {
            return ("displayName", $"A name of 1 to {ContactRules.MaxName} characters is required.");
        }

        var email = ContactRules.Email(patch.Email, out var emailError);
        if (emailError is not null)
        {
            return ("email", emailError);
        }

        var customerId = patch.CustomerId?.Trim();
        if (customerId is { Length: > ContactRules.MaxCustomerId })
        {
            return ("customerId", $"A customer id may have at most {ContactRules.MaxCustomerId} characters.");
        }

        if (patch.Notes is { Length: > ContactRules.MaxNotes })
        {
            return ("notes", $"Notes may have at most {ContactRules.MaxNotes} characters.");
        }

        var tags = contact.Tags.Select(t => t.Tag).ToHashSet(StringComparer.Ordinal);
        if (patch.Tags is not null)
        {
            tags.Clear();
        }

        foreach (var (list, add) in new[] { (patch.Tags, true), (patch.AddTags, true), (patch.RemoveTags, false) })
        {
            foreach (var raw in list ?? [])
            {
                var tag = ContactRules.Tag(raw, out var tagError);
                if (tagError is not null)
                {
                    return (add ? "tags" : "removeTags", tagError);
                }

                if (tag is not null && add)
                {
                    tags.Add(tag);
                }
                else if (tag is not null)
                {
                    tags.Remove(tag);
                }
            }
        }

        if (tags.Count > ContactRules.MaxTags)
        {
            return ("tags", $"A contact may have at most {ContactRules.MaxTags} tags.");
        }

        string? fieldsJson = null;
        if (patch.CustomFields is { Count: > 0 } changes)
        {
            var fields = ContactRules.ReadFields(contact.CustomFieldsJson).ToDictionary(StringComparer.Ordinal);
            foreach (var (key, value) in changes)
            {
                if (ContactRules.FieldError(key, value) is { } fieldError)
                {
                    return ("customFields", fieldError);
                }

                if (value is null)
                {
                    fields.Remove(key.Trim());
                }
                else
                {
                    fields[key.Trim()] = value.Trim();
                }
            }

            fieldsJson = ContactRules.WriteFields(fields, out var jsonError);
            if (jsonError is not null)
            {
                return ("customFields", jsonError);
            }
        }

        contact.DisplayName = name ?? contact.DisplayName;
        if (patch.Email is not null)
        {
            contact.Email = email;
        }

        if (patch.CustomerId is not null)
        {
            contact.CustomerId = customerId!.Length == 0 ? null : customerId;
        }

        if (patch.Notes is not null)
        {
            contact.Notes = patch.Notes.Trim().Length == 0 ? null : patch.Notes;
        }

        contact.Vip = patch.Vip ?? contact.Vip;
        contact.CustomFieldsJson = fieldsJson ?? contact.CustomFieldsJson;
        contact.Tags.RemoveAll(t => !tags.Contains(t.Tag));
        foreach (var tag in tags.Where(t => contact.Tags.All(existing => existing.Tag != t)).Order(StringComparer.Ordinal))
        {
            contact.Tags.Add(new ContactTag { ContactId = contact.Id, Tag = tag, WorkspaceId = contact.WorkspaceId });
        }

        return null;
    }
}
