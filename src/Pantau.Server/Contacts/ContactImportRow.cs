using System.Globalization;

namespace Pantau.Server.Contacts;

/// <summary>
/// One CSV row of a CRM export, checked: the known columns (<c>customer_id</c>, <c>email</c>, <c>name</c>,
/// <c>network</c>, <c>handle</c>, <c>vip</c>, <c>tags</c>), and every other column as a custom field.
/// </summary>
public sealed record ContactImportRow(
    int Line,
    string? CustomerId,
    string? Email,
    string? Name,
    string? Network,
    string? Handle,
    bool? Vip,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Fields)
{
    public static readonly IReadOnlyList<string> KnownColumns = ["customer_id", "email", "name", "network", "handle", "vip", "tags"];

    private static readonly string[] Yes = ["true", "1", "yes", "ya", "y"];
    private static readonly string[] No = ["false", "0", "no", "tidak", "n"];

    /// <summary>The header's column names, trimmed; known names lower-case. An error names what is wrong.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string> fields, out string? error)
    {
        ArgumentNullException.ThrowIfNull(fields);
        error = null;
        var columns = fields.Select(f => f.Trim()).Select(f => KnownColumns.Contains(f.ToLowerInvariant()) ? f.ToLowerInvariant() : f).ToList();
        if (columns.Any(c => c.Length == 0))
        {
            error = $"column {columns.FindIndex(c => c.Length == 0) + 1} of the header has no name";
        }
        else if (columns.GroupBy(c => c, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            error = $"the header names column '{twice.Key}' twice";
        }
        else if (!columns.Any(c => c is "customer_id" or "email" or "handle"))
        {
            error = "the header names none of customer_id, email and handle, so no row could be matched to a contact";
        }
        else if (columns.Contains("handle") != columns.Contains("network"))
        {
            error = "the header has one of network and handle without the other";
        }
        else if (columns.FirstOrDefault(c => ContactRules.FieldError(c, null) is not null) is { } bad)
        {
            error = $"column '{bad[..Math.Min(bad.Length, 40)]}' has a name longer than {ContactRules.MaxFieldName} characters";
        }

        return columns;
    }

    /// <summary>The row, or null with <paramref name="error"/> saying why it is rejected.</summary>
    public static ContactImportRow? Parse(int line, IReadOnlyList<string> header, IReadOnlyList<string> fields, out string? error)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(fields);
        error = null;
        if (fields.Count != header.Count)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{fields.Count} fields where the header has {header.Count}");
            return null;
        }

        string? customerId = null, email = null, name = null, network = null, handle = null;
        bool? vip = null;
        var tags = new List<string>();
        var custom = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var value = fields[i].Trim();
            if (value.Length == 0)
            {
                continue;
            }

            switch (header[i])
            {
                case "customer_id":
                    if (value.Length > ContactRules.MaxCustomerId)
                    {
                        error = $"customer_id is longer than {ContactRules.MaxCustomerId} characters";
                        return null;
                    }

                    customerId = value;
                    break;
                case "email":
                    email = ContactRules.Email(value, out error);
                    if (error is not null)
                    {
                        error = "email " + error;
                        return null;
                    }

                    break;
                case "name":
                    if (value.Length > ContactRules.MaxName)
                    {
                        error = $"name is longer than {ContactRules.MaxName} characters";
                        return null;
                    }

                    name = value;
                    break;
                case "network":
                    network = value.ToLowerInvariant();
                    break;
                case "handle":
                    handle = value.TrimStart('@');
                    break;
                case "vip":
                    var lower = value.ToLowerInvariant();
                    vip = Yes.Contains(lower) ? true : No.Contains(lower) ? false : null;
                    if (vip is null)
                    {
                        error = $"vip is '{value}'; use true/false, 1/0, yes/no or ya/tidak";
                        return null;
                    }

                    break;
                case "tags":
                    foreach (var part in value.Split(';'))
                    {
                        var tag = ContactRules.Tag(part, out error);
                        if (error is not null)
                        {
                            return null;
                        }

                        if (tag is not null && !tags.Contains(tag))
                        {
                            tags.Add(tag);
                        }
                    }

                    break;
                default:
                    if (ContactRules.FieldError(header[i], value) is { } fieldError)
                    {
                        error = fieldError;
                        return null;
                    }

                    custom[header[i]] = value;
                    break;
            }
        }

        if ((network is null) != (handle is null))
        {
            error = network is null ? "handle is given without a network" : "network is given without a handle";
            return null;
        }

        return new ContactImportRow(line, customerId, email, name, network, handle, vip, tags, custom);
    }
}
