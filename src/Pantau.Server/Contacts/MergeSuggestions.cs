using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Contacts;

/// <summary>
/// Contacts that are probably the same person as this one (<see cref="ContactSuggestions.For"/> decides). To stay fast
/// with many contacts, only candidates are compared: contacts with one of this contact's e-mail addresses, names or
/// avatars, and contacts owning a handle that this contact's bios mention.
/// </summary>
public sealed partial class MergeSuggestions(IDbContextFactory<PantauDbContext> contexts)
{
    /// <summary>At most this many candidate contacts are compared.</summary>
    public const int MaxCandidates = 200;

    /// <returns>The suggestions, strongest reason first; null for an unknown contact.</returns>
    public async Task<IReadOnlyList<MergeSuggestionDto>?> ForAsync(Guid workspaceId, long contactId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return null;
        }

        var authors = await db.Authors.AsNoTracking().Where(a => a.WorkspaceId == workspaceId && a.ContactId == contactId).ToListAsync(cancellationToken);
        var emails = authors.Select(a => a.Email).Append(contact.Email)
            .Select(e => e?.Trim().ToLowerInvariant()).OfType<string>().Where(e => e.Length > 0).Distinct().ToList();
        var names = authors.Select(a => a.DisplayName).Append(contact.DisplayName)
            .Select(n => n?.Trim()).Where(n => n is { Length: >= 2 }).Select(n => n!).Distinct().ToList();
        var avatars = authors.Select(a => AvatarPath(a.AvatarUrl)).OfType<string>().Distinct().ToList();
        var handles = authors.SelectMany(a => BioHandles(a.Bio)).SelectMany(h => new[] { h, h.ToLowerInvariant() }).Distinct().ToList();

        var others = db.Authors.AsNoTracking().Where(a => a.WorkspaceId == workspaceId && a.ContactId != null && a.ContactId != contactId);
        // E-mail addresses are compared lower-cased (SQL lower() on both providers): the intake stores them as the sender wrote them.
#pragma warning disable CA1304, CA1311
        var fromAuthors = await others
            .Where(a => (a.Email != null && emails.Contains(a.Email.ToLower()))
                || (a.DisplayName != null && names.Contains(a.DisplayName))
                || handles.Contains(a.Handle)
                || (a.AvatarUrl != null && avatars.Contains(a.AvatarUrl)))
            .Select(a => a.ContactId!.Value).Distinct().Take(MaxCandidates).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311

        // Avatar URLs carry CDN size parameters; the same picture is the same path, so match on the path as a prefix too.
        foreach (var avatar in avatars.Take(10))
        {
            if (fromAuthors.Count >= MaxCandidates)
            {
                break;
            }

            var prefix = avatar + "?";
            fromAuthors.AddRange(await others.Where(a => a.AvatarUrl != null && a.AvatarUrl.StartsWith(prefix))
                .Select(a => a.ContactId!.Value).Distinct().Take(MaxCandidates).ToListAsync(cancellationToken));
        }

#pragma warning disable CA1304, CA1311
        var fromContacts = await db.Contacts.AsNoTracking()
            .Where(c => c.WorkspaceId == workspaceId && c.Id != contactId && ((c.Email != null && emails.Contains(c.Email.ToLower())) || names.Contains(c.DisplayName)))
            .Select(c => c.Id).Take(MaxCandidates).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311
        var candidateIds = fromAuthors.Concat(fromContacts).Distinct().Take(MaxCandidates).ToList();
        if (candidateIds.Count == 0)
        {
            return [];
        }

        var candidates = await db.Contacts.AsNoTracking().Where(c => c.WorkspaceId == workspaceId && candidateIds.Contains(c.Id))
            .Select(c => new { c.Id, c.DisplayName, c.Email }).ToListAsync(cancellationToken);
        var candidateAuthors = (await db.Authors.AsNoTracking()
            .Where(a => a.WorkspaceId == workspaceId && a.ContactId != null && candidateIds.Contains(a.ContactId.Value))
            .ToListAsync(cancellationToken)).ToLookup(a => a.ContactId!.Value);

        var mine = new ContactCandidate(contact.Id, Accounts(authors, contact.Email));
        var theirs = candidates.OrderBy(c => candidateIds.IndexOf(c.Id))
            .Select(c => new ContactCandidate(c.Id, Accounts(candidateAuthors[c.Id], c.Email))).ToList();
        var byId = candidates.ToDictionary(c => c.Id);
        return ContactSuggestions.For(mine, theirs)
            .Select(s => new MergeSuggestionDto(s.OtherContactId, byId[s.OtherContactId].DisplayName, s.Reason, s.Evidence,
                [.. candidateAuthors[s.OtherContactId].OrderBy(a => a.Network).ThenBy(a => a.Handle).Select(a => new ContactAccountRef(a.Id, a.Network, a.Handle))]))
            .ToList();
    }

    /// <summary>
    /// The contact's accounts as the suggestion rules see them; the contact's own e-mail (typed by an agent or
    /// imported) counts as one more address, on an account with no handle so that nothing else can match it.
    /// </summary>
    private static List<ContactAccount> Accounts(IEnumerable<Author> authors, string? email)
    {
        var accounts = authors.Select(a => new ContactAccount(a.Network, a.Handle, a.DisplayName, a.AvatarUrl, a.Bio, a.Email, a.ProfileUrl)).ToList();
        if (!string.IsNullOrWhiteSpace(email))
        {
            accounts.Add(new ContactAccount("contact", "", null, null, null, email, null));
        }

        return accounts;
    }

    private static string? AvatarPath(string? url)
    {
        var trimmed = url?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        var cut = trimmed.IndexOfAny(['?', '#']);
        return cut >= 0 ? trimmed[..cut] : trimmed;
    }

    /// <summary>Handles a bio points at: "@ani", "instagram.com/ani", "tiktok.com/@ani".</summary>
    internal static IEnumerable<string> BioHandles(string? bio)
    {
        if (string.IsNullOrWhiteSpace(bio))
        {
            yield break;
        }

        foreach (Match match in BioHandle().Matches(bio))
        {
            yield return match.Groups["handle"].Value.TrimEnd('.');
        }
    }

    [GeneratedRegex(@"(?:(?<![\w.@])@|[a-z]+\.(?:com|net|app|am)/(?:profile/|user/|u/|in/)?@?)(?<handle>[\w.]{2,64})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BioHandle();
}
