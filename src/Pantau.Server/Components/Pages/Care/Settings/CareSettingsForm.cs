using Pantau.Server.Care.Settings;

namespace Pantau.Server.Components.Pages.Care.Settings;

/// <summary>The care settings as the page edits them (mutable, bound to fields); the editor validates what is saved.</summary>
public sealed class CareSettingsForm
{
    public string TimeZone { get; set; } = "";

    /// <summary>Per weekday, Monday first: open or closed, and its intervals as "08:00-12:00, 13:00-20:00".</summary>
    public List<DayHours> Days { get; } = [];

    public string Holidays { get; set; } = "";
    public int? FirstResponseMinutes { get; set; }
    public int? NextResponseMinutes { get; set; }
    public int? ResolutionMinutes { get; set; }
    public bool BusinessHours { get; set; }
    public int WarningPercent { get; set; }
    public bool CasesForComplaints { get; set; }
    public bool CasesForQuestions { get; set; }
    public int SameAuthorWindowMinutes { get; set; }
    public bool AutoAssign { get; set; }
    public int ReassignAfterMinutes { get; set; }
    public bool ApprovalForRisk { get; set; }
    public bool CsatEnabled { get; set; }

    public static CareSettingsForm From(CareSettingsDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        var form = new CareSettingsForm
        {
            TimeZone = dto.TimeZone, Holidays = dto.Holidays,
            FirstResponseMinutes = dto.FirstResponseMinutes, NextResponseMinutes = dto.NextResponseMinutes, ResolutionMinutes = dto.ResolutionMinutes,
            BusinessHours = dto.BusinessHours, WarningPercent = dto.WarningPercent,
            CasesForComplaints = dto.CasesForComplaints, CasesForQuestions = dto.CasesForQuestions, SameAuthorWindowMinutes = dto.SameAuthorWindowMinutes,
            AutoAssign = dto.AutoAssign, ReassignAfterMinutes = dto.ReassignAfterMinutes, ApprovalForRisk = dto.ApprovalForRisk, CsatEnabled = dto.CsatEnabled,
        };
        foreach (var day in OpeningHours.Week)
        {
            var hours = dto.OpeningHours.TryGetValue(OpeningHours.Key(day), out var h) ? h : [];
            form.Days.Add(new DayHours(day) { Open = hours.Length > 0, Text = hours.Length > 0 ? string.Join(", ", hours) : "09:00-17:00" });
        }

        return form;
    }

    public CareSettingsInput ToInput() => new(
        TimeZone,
        Days.ToDictionary(d => OpeningHours.Key(d.Day), d => d.Open ? d.Text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []),
        Holidays, FirstResponseMinutes, NextResponseMinutes, ResolutionMinutes, BusinessHours, WarningPercent,
        CasesForComplaints, CasesForQuestions, SameAuthorWindowMinutes, AutoAssign, ReassignAfterMinutes, ApprovalForRisk, CsatEnabled);
}

public sealed class DayHours(DayOfWeek day)
{
    public DayOfWeek Day { get; } = day;
    public bool Open { get; set; }
    public string Text { get; set; } = "";
}
