using Pantau.Core.Text;

namespace Pantau.Core.Care;

/// <summary>
/// Suggests contacts that are probably one person, for an agent to confirm; nothing is merged here.
/// <list type="bullet">
/// <item><see cref="SuggestionReason.SameEmail"/>: an account of each has the same e-mail address (trimmed, case-insensitive, containing '@').</item>
/// <item><see cref="SuggestionReason.LinkInBio"/>: a bio of one points at an account of the other: its profile URL, its "@handle" or a
/// "network.com/handle" link, case-insensitively and as a whole handle ("@ani" is not "@ani_s").</item>
/// <item><see cref="SuggestionReason.SameNameAndAvatar"/>: display names equal once folded by <see cref="TextNormaliser.Fold"/> (two
/// characters or more) and avatar URLs equal without query string or fragment. Avatars whose file name says "default" are skipped:
/// two people called Budi with the network's default picture are not one person.</item>
/// </list>
/// </summary>
public static class ContactSuggestions
{
    /// <summary>
    /// Suggestions to merge <paramref name="contact"/> with any of <paramref name="others"/> (never itself): one per other contact and
    /// reason, strongest reason first (SameEmail, LinkInBio, SameNameAndAvatar), then in the order of <paramref name="others"/>.
    /// </summary>
    public static IReadOnlyList<ContactSuggestion> For(ContactCandidate contact, IReadOnlyList<ContactCandidate> others)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(others);
        var mine = contact.Accounts ?? [];
        var seen = new HashSet<long> { contact.ContactId };
        var byEmail = new List<ContactSuggestion>();
        var byLink = new List<ContactSuggestion>();
        var byName = new List<ContactSuggestion>();
        foreach (var other in others)
        {
            if (other is null || !seen.Add(other.ContactId))
            {
                continue;
            }

            var theirs = other.Accounts ?? [];
            if (SameEmail(mine, theirs) is { } email)
            {
                byEmail.Add(new ContactSuggestion(contact.ContactId, other.ContactId, SuggestionReason.SameEmail, email));
            }

            if (LinkInBio(mine, theirs) is { } link)
            {
                byLink.Add(new ContactSuggestion(contact.ContactId, other.ContactId, SuggestionReason.LinkInBio, link));
            }

            if (SameNameAndAvatar(mine, theirs) is { } name)
            {
                byName.Add(new ContactSuggestion(contact.ContactId, other.ContactId, SuggestionReason.SameNameAndAvatar, name));
            }
        }

        return [.. byEmail, .. byLink, .. byName];
    }

    private static string? SameEmail(IReadOnlyList<ContactAccount> mine, IReadOnlyList<ContactAccount> theirs)
    {
        foreach (var a in mine)
        {
            var email = Email(a?.Email);
            if (email is not null && theirs.Any(b => string.Equals(Email(b?.Email), email, StringComparison.OrdinalIgnoreCase)))
            {
                return email.ToLowerInvariant();
            }
        }

        return null;
    }

    private static string? LinkInBio(IReadOnlyList<ContactAccount> mine, IReadOnlyList<ContactAccount> theirs)
    {
        foreach (var a in mine.OfType<ContactAccount>())
        {
            foreach (var b in theirs.OfType<ContactAccount>())
            {
                if (BioLinks.Find(a.Bio, b) is { } toTheirs)
                {
                    return Describe(a, toTheirs);
                }

                if (BioLinks.Find(b.Bio, a) is { } toMine)
                {
                    return Describe(b, toMine);
                }
            }
        }

        return null;

        static string Describe(ContactAccount bioOwner, string found) => $"{bioOwner.Network} @{bioOwner.Handle?.TrimStart('@')} bio: {found}";
    }

    private static string? SameNameAndAvatar(IReadOnlyList<ContactAccount> mine, IReadOnlyList<ContactAccount> theirs)
    {
        foreach (var a in mine.OfType<ContactAccount>())
        {
            var name = FoldedName(a.DisplayName);
            var avatar = Avatar(a.AvatarUrl);
            if (name is null || avatar is null)
            {
                continue;
            }

            foreach (var b in theirs.OfType<ContactAccount>())
            {
                if (string.Equals(FoldedName(b.DisplayName), name, StringComparison.Ordinal)
                    && string.Equals(Avatar(b.AvatarUrl), avatar, StringComparison.OrdinalIgnoreCase))
                {
                    return $"\"{a.DisplayName!.Trim()}\", same avatar";
                }
            }
        }

        return null;
    }

    private static string? Email(string? email)
    {
        var trimmed = email?.Trim();
        return trimmed is { Length: >= 3 } && trimmed.Contains('@', StringComparison.Ordinal) ? trimmed : null;
    }

    private static string? FoldedName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var folded = TextNormaliser.Fold(name);
        return folded.Length >= 2 ? folded : null;
    }

    /// <summary>The avatar URL without query string or fragment (CDNs add size and signature parameters); null for none or a default picture.</summary>
    private static string? Avatar(string? url)
    {
        var trimmed = (url ?? string.Empty).Trim();
        var cut = trimmed.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? trimmed[..cut] : trimmed;
        var file = path[(path.LastIndexOf('/') + 1)..];
        return path.Length == 0 || file.Contains("default", StringComparison.OrdinalIgnoreCase) ? null : path;
    }
}
