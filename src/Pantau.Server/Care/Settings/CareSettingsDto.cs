using Pantau.Data.Entities;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// A workspace's care settings as the API reads and writes them. <see cref="OpeningHours"/> has every weekday
/// (<c>monday</c> … <c>sunday</c>) with "HH:MM-HH:MM" intervals, empty when closed. A target of null is no target.
/// <see cref="IsDefault"/> says nothing was saved yet (these are the defaults).
/// </summary>
public sealed record CareSettingsDto(
    string TimeZone, IReadOnlyDictionary<string, string[]> OpeningHours, string Holidays,
    int? FirstResponseMinutes, int? NextResponseMinutes, int? ResolutionMinutes, bool BusinessHours, int WarningPercent,
    bool CasesForComplaints, bool CasesForQuestions, int SameAuthorWindowMinutes, bool AutoAssign, int ReassignAfterMinutes,
    bool ApprovalForRisk, bool CsatEnabled, bool IsDefault, DateTimeOffset? UpdatedAt)
{
    public static CareSettingsDto From(CareSettings s, bool isDefault) => new(
        s.TimeZone, Settings.OpeningHours.ToStrings(Settings.OpeningHours.FromJson(s.OpeningHoursJson)), s.Holidays,
        s.FirstResponseMinutes, s.NextResponseMinutes, s.ResolutionMinutes, s.BusinessHours, s.WarningPercent,
        s.CasesForComplaints, s.CasesForQuestions, s.SameAuthorWindowMinutes, s.AutoAssign, s.ReassignAfterMinutes,
        s.ApprovalForRisk, s.CsatEnabled, isDefault, isDefault ? null : s.UpdatedAt);

    /// <summary>The same values as an input, for a form that edits and saves them back.</summary>
    public CareSettingsInput ToInput() => new(
        TimeZone, OpeningHours.ToDictionary(d => d.Key, d => d.Value), Holidays, FirstResponseMinutes, NextResponseMinutes, ResolutionMinutes,
        BusinessHours, WarningPercent, CasesForComplaints, CasesForQuestions, SameAuthorWindowMinutes, AutoAssign, ReassignAfterMinutes,
        ApprovalForRisk, CsatEnabled);
}

/// <summary>
/// PUT care/settings: the whole settings (GET, change, PUT back). A missing field is an error, except the three targets,
/// where null (or missing) means no target for that metric.
/// </summary>
public sealed record CareSettingsInput(
    string? TimeZone, Dictionary<string, string[]>? OpeningHours, string? Holidays,
    int? FirstResponseMinutes, int? NextResponseMinutes, int? ResolutionMinutes, bool? BusinessHours, int? WarningPercent,
    bool? CasesForComplaints, bool? CasesForQuestions, int? SameAuthorWindowMinutes, bool? AutoAssign, int? ReassignAfterMinutes,
    bool? ApprovalForRisk, bool? CsatEnabled);
