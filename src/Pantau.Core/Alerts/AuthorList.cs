namespace Pantau.Core.Alerts;

/// <summary>
/// A named set of author handles ("VIPs", "journalists", "competitors' accounts"). Handles compare case-insensitively, with or
/// without a leading '@', ignoring surrounding spaces.
/// </summary>
public sealed record AuthorList(string Name, IReadOnlyCollection<string> Handles)
{
    /// <summary>A handle as lists compare it: trimmed and without its leading '@' (case is left to the comparer).</summary>
    public static string Canonical(string? handle) => (handle ?? string.Empty).Trim().TrimStart('@').Trim();
}
