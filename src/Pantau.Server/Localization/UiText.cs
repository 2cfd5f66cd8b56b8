using System.Collections.Frozen;
using System.Globalization;

namespace Pantau.Server.Localization;

/// <summary>
/// The UI's words in Bahasa Indonesia and English, looked up by key for the current UI culture.
/// A missing key shows the key itself, so a gap is visible rather than blank.
/// </summary>
public sealed class UiText
{
    public static readonly IReadOnlyList<string> Cultures = ["id", "en"];
    public const string DefaultCulture = "id";

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string Format(string key, params object?[] args) => string.Format(CultureInfo.CurrentCulture, this[key], args);

    public static string Get(string key, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var table = culture.TwoLetterISOLanguageName == "en" ? UiStrings.English : UiStrings.Indonesian;
        return table.TryGetValue(key, out var text) ? text : UiStrings.English.GetValueOrDefault(key, key);
    }

    public static bool IsSupported(string? culture) => culture is not null && Cultures.Contains(culture, StringComparer.OrdinalIgnoreCase);
}

/// <summary>The strings. Keys are English-ish identifiers; every key has both languages (a test checks this).</summary>
public static partial class UiStrings
{
    // Each feature keeps its strings in its own file (UiStrings.Care.cs, …); a key defined twice fails at start.
    private static readonly (string Key, string En, string Id)[] All = [.. Pairs, .. CarePairs, .. ContactPairs, .. CareAdminPairs, .. CareWebhookPairs, .. AlertPairs, .. AlertSettingsPairs];

    public static readonly FrozenDictionary<string, string> English = All.ToFrozenDictionary(p => p.Key, p => p.En, StringComparer.Ordinal);
    public static readonly FrozenDictionary<string, string> Indonesian = All.ToFrozenDictionary(p => p.Key, p => p.Id, StringComparer.Ordinal);
}
