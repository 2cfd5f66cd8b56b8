using System.Globalization;
using Pantau.Server.Accounts;
using Pantau.Server.Api;
using Pantau.Data;

namespace Pantau.Server.Alerts;

public sealed record SnoozeInput(int? Minutes);

/// <summary>The alerts API: the list, one alert with its mentions and deliveries, and what the team does with it (see docs/api.md).</summary>
public static class AlertEndpoints
{
    public static void MapAlertEndpoints(this RouteGroupBuilder workspace)
    {
        var alerts = workspace.MapGroup("/alerts");

        alerts.MapGet("/", async (Guid workspaceId, string? state, string? kind, string? severity, Guid? topic, string? after, int? limit, AlertReader reader, CancellationToken ct) =>
        {
            if (state is not null && state is not ("active" or "open" or "acknowledged" or "snoozed" or "resolved" or "all"))
            {
                return ApiProblems.Invalid("state", "state is active, open, acknowledged, snoozed, resolved or all.");
            }

            Core.Alerts.AlertKind? kindFilter = null;
            if (kind is not null)
            {
                if (!AlertNames.TryParseKind(kind, out var k))
                {
                    return ApiProblems.Invalid("kind", "kind is rule, spike or story.");
                }

                kindFilter = k;
            }

            Core.Alerts.AlertSeverity? severityFilter = null;
            if (severity is not null)
            {
                if (!AlertNames.TryParseSeverity(severity, out var s))
                {
                    return ApiProblems.Invalid("severity", "severity is low, medium, high or critical (the lowest to list).");
                }

                severityFilter = s;
            }

            var filter = new AlertListFilter(state ?? "active", kindFilter, severityFilter, topic, Language());
            return TypedResults.Ok(await reader.PageAsync(workspaceId, filter, after, limit ?? AlertReader.DefaultPageSize, ct));
        }).WithName("ListAlerts");

        alerts.MapGet("/counts", async (Guid workspaceId, AlertReader reader, CancellationToken ct) =>
            TypedResults.Ok(await reader.ActiveCountsAsync(workspaceId, ct))).WithName("CountActiveAlerts");

        alerts.MapGet("/{alertId:guid}", async (Guid workspaceId, Guid alertId, AlertReader reader, CancellationToken ct) =>
            await reader.DetailAsync(workspaceId, alertId, Language(), ct) is { } detail
                ? TypedResults.Ok(detail)
                : ApiProblems.NotFound("The alert")).WithName("GetAlert");

        alerts.MapPost("/{alertId:guid}/acknowledge", async (Guid workspaceId, Guid alertId, HttpContext http, AlertCommands commands, PantauDbContext db, CancellationToken ct) =>
            Answer(await commands.AcknowledgeAsync(workspaceId, alertId, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("acknowledge alerts").WithName("AcknowledgeAlert");

        alerts.MapPost("/{alertId:guid}/snooze", async (Guid workspaceId, Guid alertId, SnoozeInput input, HttpContext http, AlertCommands commands, PantauDbContext db, CancellationToken ct) =>
            input.Minutes is not { } minutes || minutes < 1 || minutes > AlertCommands.MaxSnooze.TotalMinutes
                ? ApiProblems.Invalid("minutes", "minutes is a whole number from 1 to 10080 (a week).")
                : Answer(await commands.SnoozeAsync(workspaceId, alertId, TimeSpan.FromMinutes(minutes), await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("snooze alerts").WithName("SnoozeAlert");

        alerts.MapPost("/{alertId:guid}/resolve", async (Guid workspaceId, Guid alertId, HttpContext http, AlertCommands commands, PantauDbContext db, CancellationToken ct) =>
            Answer(await commands.ResolveAsync(workspaceId, alertId, await Caller.OfAsync(db, http.User, ct), ct)))
            .RequireAgentRole("resolve alerts").WithName("ResolveAlert");

        alerts.MapPost("/{alertId:guid}/reopen", async (Guid workspaceId, Guid alertId, AlertCommands commands, CancellationToken ct) =>
            Answer(await commands.ReopenAsync(workspaceId, alertId, ct)))
            .RequireAgentRole("reopen alerts").WithName("ReopenAlert");

        workspace.MapGet("/alert-deliveries", async (Guid workspaceId, long? before, int? limit, AlertReader reader, CancellationToken ct) =>
            TypedResults.Ok(await reader.DeliveriesAsync(workspaceId, null, before, limit ?? 100, ct))).WithName("ListAlertDeliveries");
    }

    private static string Language() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    private static IResult Answer(AlertCommandResult result) => result switch
    {
        AlertCommandResult.Done => TypedResults.NoContent(),
        AlertCommandResult.NotFound => ApiProblems.NotFound("The alert"),
        _ => ApiProblems.Invalid("alert", "The change is not possible."),
    };
}
