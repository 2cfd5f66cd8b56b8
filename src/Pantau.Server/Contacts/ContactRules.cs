using System.Text.Encodings.Web;
using System.Text.Json;

namespace Pantau.Server.Contacts;

/// <summary>
/// What a contact's fields may hold, and their one normal form: the API, the UI and the CSV import all go through
/// here, so an imported tag and a typed one are the same tag.
/// </summary>
public static class ContactRules
{
    public const int MaxName = 200;
    public const int MaxEmail = 320;
    public const int MaxCustomerId = 200;
    public const int MaxNotes = 10_000;
    public const int MaxTag = 64;
    public const int MaxTags = 100;
    public const int MaxFieldName = 100;
    public const int MaxFieldValue = 1_000;

    /// <summary>The stored JSON of custom fields (the column's limit).</summary>
    public const int MaxCustomFieldsJson = 10_000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Trimmed and lower-case; null when empty; an error when longer than <see cref="MaxTag"/>.</summary>
    public static string? Tag(string? tag, out string? error)
    {
        error = null;
        var normal = tag?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(normal))
        {
            return null;
        }

        if (normal.Length > MaxTag)
        {
            error = $"A tag may have at most {MaxTag} characters: '{normal[..20]}…'.";
            return null;
        }

        return normal;
    }

    /// <summary>Trimmed, lower-case e-mail; null for empty; an error when it is not an address.</summary>
    public static string? Email(string? email, out string? error)
    {
        error = null;
        var normal = email?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(normal))
        {
            return null;
        }

        var at = normal.IndexOf('@', StringComparison.Ordinal);
        if (normal.Length > MaxEmail || at <= 0 || at == normal.Length - 1 || normal.Any(char.IsWhiteSpace))
        {
            error = $"'{(normal.Length > 40 ? normal[..40] + "…" : normal)}' is not an e-mail address.";
            return null;
        }

        return normal;
    }

    public static IReadOnlyDictionary<string, string> ReadFields(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new Dictionary<string, string>();
        }

        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
        }
        catch (JsonException)
        {
            // Written only by Pantau; a damaged value shows as no fields rather than breaking the profile.
            return new Dictionary<string, string>();
        }
    }

    /// <summary>The fields as stored JSON, keys in order; an error when they do not fit the column.</summary>
    public static string? WriteFields(IReadOnlyDictionary<string, string> fields, out string? error)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var sorted = new SortedDictionary<string, string>(fields.ToDictionary(), StringComparer.Ordinal);
        var json = JsonSerializer.Serialize(sorted, Json);
        error = json.Length > MaxCustomFieldsJson ? $"Custom fields may take at most {MaxCustomFieldsJson} characters together." : null;
        return error is null ? json : null;
    }

    /// <summary>Checks a custom field's name and value (value null: the field is removed).</summary>
    public static string? FieldError(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxFieldName)
        {
            return $"A custom field needs a name of 1 to {MaxFieldName} characters.";
        }

        return value is { Length: > MaxFieldValue } ? $"Custom field '{name.Trim()}' may have at most {MaxFieldValue} characters." : null;
    }
}
