using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// Every workspace's <see cref="CarePolicy"/>, read from its settings and routing rules once and kept until a change
/// calls <see cref="Invalidate"/>. A workspace that never saved settings gets <see cref="Defaults"/>.
/// </summary>
public sealed class CarePolicies(IDbContextFactory<PantauDbContext> contexts, ILogger<CarePolicies> logger)
{
    public const int DefaultFirstResponseMinutes = 60;
    public const int DefaultNextResponseMinutes = 120;
    public const int DefaultResolutionMinutes = 24 * 60;
    public const int DefaultWarningPercent = 75;

    private readonly ConcurrentDictionary<Guid, CarePolicy> _cache = new();

    // Bumped by Invalidate: a load that began before a change does not put its stale answer in the cache.
    private readonly ConcurrentDictionary<Guid, long> _generations = new();

    /// <summary>Raised after <see cref="Invalidate"/>, with the workspace id: the case engine re-reads the policy.</summary>
    public event Action<Guid>? Changed;

    public async ValueTask<CarePolicy> ForWorkspaceAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(workspaceId, out var cached))
        {
            return cached;
        }

        var generation = _generations.GetValueOrDefault(workspaceId);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.CareSettings.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken)
            ?? Defaults(workspaceId);
        var rules = await db.RoutingRules.AsNoTracking()
            .Where(r => r.WorkspaceId == workspaceId && r.Enabled)
            .ToListAsync(cancellationToken);
        var policy = Build(settings, rules);
        if (_generations.GetValueOrDefault(workspaceId) == generation)
        {
            _cache[workspaceId] = policy;
        }

        return policy;
    }

    public void Invalidate(Guid workspaceId)
    {
        _generations.AddOrUpdate(workspaceId, 1, (_, g) => g + 1);
        _cache.TryRemove(workspaceId, out _);
        Changed?.Invoke(workspaceId);
    }

    /// <summary>
    /// The settings of a workspace that has none yet: Asia/Jakarta, Monday to Friday 08:00-20:00, Saturday 09:00-15:00,
    /// Sunday closed, the bundled Indonesian holidays; first response 60 min, next response 120 min, resolution 24 h,
    /// all in business hours, warning at 75 %.
    /// </summary>
    public static CareSettings Defaults(Guid workspaceId)
    {
        var weekday = new[] { OpeningInterval.FromHours(8, 20) };
        var week = new Dictionary<DayOfWeek, IReadOnlyList<OpeningInterval>>
        {
            [DayOfWeek.Monday] = weekday,
            [DayOfWeek.Tuesday] = weekday,
            [DayOfWeek.Wednesday] = weekday,
            [DayOfWeek.Thursday] = weekday,
            [DayOfWeek.Friday] = weekday,
            [DayOfWeek.Saturday] = [OpeningInterval.FromHours(9, 15)],
        };
        return new CareSettings
        {
            WorkspaceId = workspaceId,
            TimeZone = BusinessCalendar.DefaultTimeZoneId,
            OpeningHoursJson = OpeningHours.ToJson(week),
            Holidays = BundledHolidays.Indonesian,
            FirstResponseMinutes = DefaultFirstResponseMinutes,
            NextResponseMinutes = DefaultNextResponseMinutes,
            ResolutionMinutes = DefaultResolutionMinutes,
            BusinessHours = true,
            WarningPercent = DefaultWarningPercent,
        };
    }

    /// <summary>
    /// The policy of stored settings and rules. Settings are validated when saved; should a stored value still not read
    /// (a time zone this host lacks), that part falls back to the default and a warning is logged, so cases keep flowing.
    /// </summary>
    public CarePolicy Build(CareSettings settings, IEnumerable<RoutingRuleRow> rules)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(rules);
        var zone = Zone(settings);
        var calendar = Calendar(settings, zone);
        var basis = settings.BusinessHours ? SlaTimeBasis.BusinessHours : SlaTimeBasis.CalendarTime;
        var warning = settings.WarningPercent is > 0 and < 100 ? SlaWarning.AtFraction(settings.WarningPercent / 100.0) : SlaWarning.AtFraction(DefaultWarningPercent / 100.0);
        var sla = new SlaPolicy(calendar, Target(settings.FirstResponseMinutes, basis), Target(settings.NextResponseMinutes, basis), Target(settings.ResolutionMinutes, basis), warning);

        var routing = new List<RoutingRule>();
        foreach (var row in rules.Where(r => r.Enabled).OrderBy(r => r.Order).ThenBy(r => r.Id))
        {
            var target = new RoutingTarget(row.TeamId, row.AgentId, (DistributionMethod)row.Method);
            if (!target.IsValid)
            {
                logger.LogWarning("Routing rule {RuleId} of workspace {WorkspaceId} has no valid target and is skipped", row.Id, settings.WorkspaceId);
                continue;
            }

            try
            {
                routing.Add(new RoutingRule(row.Id, row.Order, row.Name, RoutingConditionDto.FromJson(row.ConditionJson).ToCondition(), target));
            }
            catch (System.Text.Json.JsonException error)
            {
                logger.LogWarning("Routing rule {RuleId} of workspace {WorkspaceId} has an unreadable condition and is skipped: {Reason}", row.Id, settings.WorkspaceId, error.Message);
            }
        }

        return new CarePolicy(
            settings.WorkspaceId, zone, sla, settings.CasesForComplaints, settings.CasesForQuestions,
            TimeSpan.FromMinutes(Math.Max(0, settings.SameAuthorWindowMinutes)), settings.AutoAssign,
            settings.ReassignAfterMinutes > 0 ? TimeSpan.FromMinutes(settings.ReassignAfterMinutes) : null,
            settings.ApprovalForRisk, settings.CsatEnabled, routing);
    }

    private static SlaTarget? Target(int? minutes, SlaTimeBasis basis) =>
        minutes is > 0 ? new SlaTarget(TimeSpan.FromMinutes(minutes.Value), basis) : null;

    private TimeZoneInfo Zone(CareSettings settings)
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(settings.TimeZone, out var zone))
        {
            return zone;
        }

        logger.LogWarning("Workspace {WorkspaceId}: time zone {Zone} is unknown on this host; using {Default}", settings.WorkspaceId, settings.TimeZone, BusinessCalendar.DefaultTimeZoneId);
        return BusinessCalendar.DefaultZone;
    }

    private BusinessCalendar Calendar(CareSettings settings, TimeZoneInfo zone)
    {
        IReadOnlyDictionary<DayOfWeek, IReadOnlyList<OpeningInterval>> week;
        try
        {
            week = OpeningHours.FromJson(settings.OpeningHoursJson);
        }
        catch (FormatException error)
        {
            logger.LogWarning("Workspace {WorkspaceId}: stored opening hours do not read ({Reason}); using the defaults", settings.WorkspaceId, error.Message);
            week = OpeningHours.FromJson(Defaults(settings.WorkspaceId).OpeningHoursJson);
        }

        IReadOnlyList<Holiday> holidays;
        try
        {
            holidays = HolidayList.Parse(settings.Holidays ?? "");
        }
        catch (HolidayListFormatException error)
        {
            logger.LogWarning("Workspace {WorkspaceId}: stored holidays do not read ({Reason}); counting no holidays", settings.WorkspaceId, error.Message);
            holidays = [];
        }

        // A week with no hours at all would make every SLA wait forever: such a calendar is read as always open.
        return week.Values.All(day => day.Count == 0) ? BusinessCalendar.AlwaysOpen(zone) : new BusinessCalendar(zone, week, holidays);
    }
}
