using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// The id rule, so that the same item read twice gets the same id (storage is idempotent on it):
/// 1. the feed's own id (RSS guid, Atom id, JSON id), trimmed, as given: <c>IdIsDerived</c> is false;
/// 2. else the item link, made absolute;
/// 3. else "sha256:" and 32 hex digits of SHA-256 over title, published time (ISO 8601, UTC) and content (else
///    summary), joined by line feeds; a missing part counts as empty.
/// </summary>
public static class ItemIdentity
{
    public static (string Id, bool IsDerived) For(string? id, string? link, string? title, DateTimeOffset? published, string? contentHtml, string? summaryHtml)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            return (id.Trim(), false);
        }

        if (!string.IsNullOrWhiteSpace(link))
        {
            return (link, true);
        }

        var basis = string.Join('\n', title ?? "", published?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture) ?? "", contentHtml ?? summaryHtml ?? "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(basis));
        return ("sha256:" + Convert.ToHexStringLower(hash.AsSpan(0, 16)), true);
    }
}
