using System.Text;

namespace Pantau.Core.Care;

/// <summary>
/// Canned responses with variables: <c>{{ customer.first_name }}</c>, or with a fallback for a missing or blank value,
/// <c>{{ customer.first_name | Kak }}</c>. A tag runs from <c>{{</c> to the first <c>}}</c> after it; the name is what comes
/// before the first <c>|</c> (surrounding spaces and letter case ignored), the fallback the rest, trimmed. There is no escape:
/// <c>{{{{</c> is not special, it simply opens a tag whose name starts with braces (an unknown variable), and a lone <c>}}</c>
/// is text. Output is plain text for a reply; whoever shows it as HTML escapes it. Pure and linear in the body's length.
/// </summary>
public static class CannedTemplate
{
    /// <summary>Validation stops after this many errors: a hostile body cannot produce a million of them.</summary>
    public const int MaxErrors = 50;

    private const int MaxNameInMessage = 40;

    private static readonly string[] Known =
        ["customer.name", "customer.first_name", "customer.handle", "case.number", "agent.name", "agent.first_name", "workspace.name"];

    /// <summary>The variables a template may use.</summary>
    public static IReadOnlyList<string> Variables { get; } = Array.AsReadOnly(Known);

    /// <summary>Unclosed <c>{{</c>, empty names and unknown variables, in the order they occur; empty when the body is fine.</summary>
    public static IReadOnlyList<TemplateError> Validate(string body)
    {
        var errors = new List<TemplateError>();
        var at = 0;
        while (!string.IsNullOrEmpty(body) && errors.Count < MaxErrors && Next(body, at) is { } tag)
        {
            if (!tag.Closed)
            {
                errors.Add(new TemplateError(tag.Start + 1, 2, "\"{{\" is not closed with \"}}\"."));
                break;
            }

            if (tag.Name.Length == 0)
            {
                errors.Add(new TemplateError(tag.Start + 1, tag.Length, "A variable between \"{{\" and \"}}\" has no name."));
            }
            else if (CanonicalName(tag.Name) is null)
            {
                var name = tag.Name.Length > MaxNameInMessage ? string.Concat(tag.Name.AsSpan(0, MaxNameInMessage), "…") : tag.Name;
                errors.Add(new TemplateError(tag.Start + 1, tag.Length, $"Unknown variable \"{name}\"; use one of {string.Join(", ", Known)}."));
            }

            at = tag.Start + tag.Length;
        }

        return errors;
    }

    /// <summary>
    /// Fills the variables from <paramref name="values"/> (keyed by the names in <see cref="Variables"/>; values are trimmed).
    /// A missing or blank value uses the tag's fallback, else renders empty, as does an unknown variable; a first name missing
    /// from the values is the first word of the full name. An unclosed <c>{{</c> stays as text. Never throws.
    /// </summary>
    public static string Render(string body, IReadOnlyDictionary<string, string?> values)
    {
        if (string.IsNullOrEmpty(body))
        {
            return string.Empty;
        }

        var output = new StringBuilder(body.Length + 32);
        var at = 0;
        while (Next(body, at) is { Closed: true } tag)
        {
            output.Append(body, at, tag.Start - at);
            output.Append(ValueOf(tag, values));
            at = tag.Start + tag.Length;
        }

        output.Append(body, at, body.Length - at);
        return output.ToString();
    }

    private static string ValueOf(Tag tag, IReadOnlyDictionary<string, string?>? values)
    {
        var name = CanonicalName(tag.Name);
        var value = name is null ? null : Lookup(values, name);
        if (value is null && name is "customer.first_name" or "agent.first_name")
        {
            value = FirstWord(Lookup(values, name[..name.IndexOf('.', StringComparison.Ordinal)] + ".name"));
        }

        return value ?? tag.Fallback ?? string.Empty;
    }

    /// <summary>The trimmed value, or null when missing or blank.</summary>
    private static string? Lookup(IReadOnlyDictionary<string, string?>? values, string name) =>
        values is not null && values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    private static string? FirstWord(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var end = 0;
        while (end < name.Length && !char.IsWhiteSpace(name[end]))
        {
            end++;
        }

        return name[..end];
    }

    private static string? CanonicalName(string name)
    {
        foreach (var known in Known)
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>The next tag at or after <paramref name="from"/>, or null when no "{{" remains.</summary>
    private static Tag? Next(string body, int from)
    {
        var open = body.IndexOf("{{", from, StringComparison.Ordinal);
        if (open < 0)
        {
            return null;
        }

        var close = body.IndexOf("}}", open + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            return new Tag(open, body.Length - open, string.Empty, null, Closed: false);
        }

        var inner = body.AsSpan(open + 2, close - open - 2);
        var pipe = inner.IndexOf('|');
        var name = (pipe < 0 ? inner : inner[..pipe]).Trim().ToString();
        var fallback = pipe < 0 ? null : inner[(pipe + 1)..].Trim().ToString();
        return new Tag(open, close + 2 - open, name, fallback is { Length: > 0 } ? fallback : null, Closed: true);
    }

    private readonly record struct Tag(int Start, int Length, string Name, string? Fallback, bool Closed);
}
