using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Alerts.Digests;
using Pantau.Server.Api;

namespace Pantau.Server.Alerts.Settings;

/// <summary>
/// The alert settings API: settings and digests, channels, author lists and rules (see docs/api.md). Any member reads;
/// supervisors and admins change.
/// </summary>
public static class AlertSettingsEndpoints
{
    public static void MapAlertSettingsEndpoints(this RouteGroupBuilder workspace)
    {
        var settings = workspace.MapGroup("/alert-settings");
        settings.MapGet("/", async (Guid workspaceId, AlertSettingsEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.GetAsync(workspaceId, ct))).WithName("GetAlertSettings");
        settings.MapPut("/", async (Guid workspaceId, AlertSettingsInput input, AlertSettingsEditor editor, CancellationToken ct) =>
            await editor.UpdateAsync(workspaceId, input, ct)).RequireConfigureRole("alert settings").WithName("UpdateAlertSettings");
        settings.MapGet("/digest-preview", async (Guid workspaceId, string? period, DigestScheduler digests, CancellationToken ct) =>
        {
            if (!TryPeriod(period, out var kind))
            {
                return ApiProblems.Invalid("period", "period is daily or weekly.");
            }

            var report = await digests.BuildLatestAsync(workspaceId, kind, ct);
            return report is null ? ApiProblems.NotFound("The workspace") : TypedResults.Content(DigestMail.Render(report).Html, "text/html; charset=utf-8");
        }).WithName("PreviewAlertDigest");
        settings.MapPost("/digest-send", async (Guid workspaceId, string? period, DigestScheduler digests, CancellationToken ct) =>
        {
            if (!TryPeriod(period, out var kind))
            {
                return ApiProblems.Invalid("period", "period is daily or weekly.");
            }

            var outcome = await digests.SendNowAsync(workspaceId, kind, ct);
            return outcome is null
                ? ApiProblems.Invalid("digestRecipients", "The digest has no recipients: set digestRecipients first.")
                : TypedResults.Ok(new ChannelTestResult(outcome.Delivered, outcome.Retryable, outcome.Error, outcome.StatusCode));
        }).RequireConfigureRole("alert settings").WithName("SendAlertDigest");

        var channels = workspace.MapGroup("/alert-channels");
        channels.MapGet("/", async (Guid workspaceId, AlertChannelEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ListAsync(workspaceId, ct))).WithName("ListAlertChannels");
        channels.MapPost("/", async (Guid workspaceId, AlertChannelInput input, AlertChannelEditor editor, CancellationToken ct) =>
            await editor.CreateAsync(workspaceId, input, ct)).RequireConfigureRole("alert channels").WithName("CreateAlertChannel");
        channels.MapPut("/{channelId:guid}", async (Guid workspaceId, Guid channelId, AlertChannelInput input, AlertChannelEditor editor, CancellationToken ct) =>
            await editor.UpdateAsync(workspaceId, channelId, input, ct)).RequireConfigureRole("alert channels").WithName("UpdateAlertChannel");
        channels.MapDelete("/{channelId:guid}", async (Guid workspaceId, Guid channelId, AlertChannelEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(workspaceId, channelId, ct)).RequireConfigureRole("alert channels").WithName("DeleteAlertChannel");
        channels.MapPost("/{channelId:guid}/test", async (Guid workspaceId, Guid channelId, AlertChannelEditor editor, CancellationToken ct) =>
            await editor.TestAsync(workspaceId, channelId, ct)).RequireConfigureRole("alert channels").WithName("TestAlertChannel");

        var lists = workspace.MapGroup("/author-lists");
        lists.MapGet("/", async (Guid workspaceId, AuthorListEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ListAsync(workspaceId, ct))).WithName("ListAuthorLists");
        lists.MapPost("/", async (Guid workspaceId, AuthorListInput input, AuthorListEditor editor, CancellationToken ct) =>
            await editor.CreateAsync(workspaceId, input, ct)).RequireConfigureRole("author lists").WithName("CreateAuthorList");
        lists.MapPut("/{listId:guid}", async (Guid workspaceId, Guid listId, AuthorListInput input, AuthorListEditor editor, CancellationToken ct) =>
            await editor.UpdateAsync(workspaceId, listId, input, ct)).RequireConfigureRole("author lists").WithName("UpdateAuthorList");
        lists.MapDelete("/{listId:guid}", async (Guid workspaceId, Guid listId, AuthorListEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(workspaceId, listId, ct)).RequireConfigureRole("author lists").WithName("DeleteAuthorList");

        var rules = workspace.MapGroup("/alert-rules");
        rules.MapGet("/", async (Guid workspaceId, AlertRuleEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ListAsync(workspaceId, ct))).WithName("ListAlertRules");
        rules.MapGet("/{ruleId:guid}", async (Guid workspaceId, Guid ruleId, AlertRuleEditor editor, CancellationToken ct) =>
            await editor.GetAsync(workspaceId, ruleId, ct) is { } rule ? TypedResults.Ok(rule) : ApiProblems.NotFound("The alert rule")).WithName("GetAlertRule");
        rules.MapPost("/", async (Guid workspaceId, AlertRuleInput input, AlertRuleEditor editor, CancellationToken ct) =>
            await editor.CreateAsync(workspaceId, input, ct)).RequireConfigureRole("alert rules").WithName("CreateAlertRule");
        rules.MapPut("/{ruleId:guid}", async (Guid workspaceId, Guid ruleId, AlertRuleInput input, AlertRuleEditor editor, CancellationToken ct) =>
            await editor.UpdateAsync(workspaceId, ruleId, input, ct)).RequireConfigureRole("alert rules").WithName("UpdateAlertRule");
        rules.MapDelete("/{ruleId:guid}", async (Guid workspaceId, Guid ruleId, AlertRuleEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(workspaceId, ruleId, ct)).RequireConfigureRole("alert rules").WithName("DeleteAlertRule");
    }

    private static bool TryPeriod(string? period, out DigestPeriodKind kind)
    {
        kind = period is "weekly" ? DigestPeriodKind.Weekly : DigestPeriodKind.Daily;
        return period is "daily" or "weekly";
    }
}
