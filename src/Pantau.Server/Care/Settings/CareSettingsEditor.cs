using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;

namespace Pantau.Server.Care.Settings;

/// <summary>Reads and replaces a workspace's care settings (SLA, calendar, behaviour). Used by the API and the settings page.</summary>
public sealed class CareSettingsEditor(IDbContextFactory<PantauDbContext> contexts, CarePolicies policies, TimeProvider clock)
{
    /// <summary>Longest target: a year of minutes (a calendar walk beyond that is a typing mistake).</summary>
    public const int MaxTargetMinutes = 525_600;

    public const int MaxWindowMinutes = 10_080;

    public async Task<CareSettingsDto> GetAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.CareSettings.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken);
        return CareSettingsDto.From(stored ?? CarePolicies.Defaults(workspaceId), stored is null);
    }

    public async Task<CareEdit<CareSettingsDto>> UpdateAsync(Guid workspaceId, CareSettingsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Validate(input, out var week) is { } problem)
        {
            return problem;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.CareSettings.FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken);
        if (settings is null)
        {
            settings = CarePolicies.Defaults(workspaceId);
            db.CareSettings.Add(settings);
        }

        settings.TimeZone = input.TimeZone!.Trim();
        settings.OpeningHoursJson = OpeningHours.ToJson(week);
        settings.Holidays = NormaliseLineEnds(input.Holidays!);
        settings.FirstResponseMinutes = input.FirstResponseMinutes;
        settings.NextResponseMinutes = input.NextResponseMinutes;
        settings.ResolutionMinutes = input.ResolutionMinutes;
        settings.BusinessHours = input.BusinessHours!.Value;
        settings.WarningPercent = input.WarningPercent!.Value;
        settings.CasesForComplaints = input.CasesForComplaints!.Value;
        settings.CasesForQuestions = input.CasesForQuestions!.Value;
        settings.SameAuthorWindowMinutes = input.SameAuthorWindowMinutes!.Value;
        settings.AutoAssign = input.AutoAssign!.Value;
        settings.ReassignAfterMinutes = input.ReassignAfterMinutes!.Value;
        settings.ApprovalForRisk = input.ApprovalForRisk!.Value;
        settings.CsatEnabled = input.CsatEnabled!.Value;
        settings.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<CareSettingsDto>(CareSettingsDto.From(settings, isDefault: false));
    }

    /// <summary>Checks the whole input; null when it is valid, with the week read from it.</summary>
    public static CareSettingsProblem? Validate(CareSettingsInput input, out Dictionary<DayOfWeek, IReadOnlyList<OpeningInterval>> week)
    {
        ArgumentNullException.ThrowIfNull(input);
        week = [];
        if (string.IsNullOrWhiteSpace(input.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone.Trim(), out _))
        {
            return new("timeZone", $"'{input.TimeZone}' is not a known IANA time zone, such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura.");
        }

        if (input.OpeningHours is null)
        {
            return new("openingHours", "Opening hours are required: every weekday with its \"HH:MM-HH:MM\" intervals, empty when closed.");
        }

        foreach (var (name, intervals) in input.OpeningHours)
        {
            var day = OpeningHours.Week.FirstOrDefault(d => string.Equals(OpeningHours.Key(d), name, StringComparison.OrdinalIgnoreCase), (DayOfWeek)(-1));
            if (day < 0)
            {
                return new("openingHours", $"'{name}' is not a day of the week (monday … sunday).");
            }

            try
            {
                week[day] = OpeningHours.Parse(day, intervals ?? []);
            }
            catch (FormatException error)
            {
                return new("openingHours", error.Message, Day: OpeningHours.Key(day));
            }
        }

        if (input.BusinessHours is null)
        {
            return Required("businessHours");
        }

        if (input.BusinessHours.Value && week.Values.All(hours => hours.Count == 0))
        {
            return new("openingHours", "Business-hours SLAs need opening hours on at least one day (or count targets around the clock).");
        }

        if (input.Holidays is null)
        {
            return new("holidays", "The holiday list is required (it may be empty).");
        }

        try
        {
            HolidayList.Parse(input.Holidays);
        }
        catch (HolidayListFormatException error)
        {
            return new("holidays", error.Message, Line: error.Line);
        }

        foreach (var (field, minutes) in new[] { ("firstResponseMinutes", input.FirstResponseMinutes), ("nextResponseMinutes", input.NextResponseMinutes), ("resolutionMinutes", input.ResolutionMinutes) })
        {
            if (minutes is <= 0 or > MaxTargetMinutes)
            {
                return new(field, $"A target is a number of minutes from 1 to {MaxTargetMinutes}, or empty for no target.");
            }
        }

        if (input.WarningPercent is not (>= 1 and <= 99))
        {
            return new("warningPercent", "The warning comes at 1 to 99 percent of a target.");
        }

        if (input.SameAuthorWindowMinutes is not (>= 0 and <= MaxWindowMinutes))
        {
            return new("sameAuthorWindowMinutes", $"The same-author window is 0 to {MaxWindowMinutes} minutes (a week).");
        }

        if (input.ReassignAfterMinutes is not (>= 0 and <= MaxWindowMinutes))
        {
            return new("reassignAfterMinutes", $"Reassign after 0 (never) to {MaxWindowMinutes} minutes.");
        }

        return input switch
        {
            { CasesForComplaints: null } => Required("casesForComplaints"),
            { CasesForQuestions: null } => Required("casesForQuestions"),
            { AutoAssign: null } => Required("autoAssign"),
            { ApprovalForRisk: null } => Required("approvalForRisk"),
            { CsatEnabled: null } => Required("csatEnabled"),
            _ => null,
        };
    }

    private static CareSettingsProblem Required(string field) => new(field, $"'{field}' is required (true or false).");

    private static string NormaliseLineEnds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
