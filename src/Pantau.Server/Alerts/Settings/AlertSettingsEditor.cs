using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Api;
using AlertSettingsRow = Pantau.Data.Entities.AlertSettings;

namespace Pantau.Server.Alerts.Settings;

/// <summary>Reads and changes a workspace's alert settings (a workspace without a row has the defaults).</summary>
public sealed class AlertSettingsEditor(IDbContextFactory<PantauDbContext> contexts, SmtpMailer mailer)
{
    public const int MaxEscalationSteps = 10;
    private static readonly string[] Sensitivities = ["low", "normal", "high"];

    public async Task<AlertSettingsDto> GetAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return Dto(await db.AlertSettings.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken) ?? new AlertSettingsRow { WorkspaceId = workspaceId });
    }

    public async Task<IResult> UpdateAsync(Guid workspaceId, AlertSettingsInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sensitivity = Array.IndexOf(Sensitivities, input.SpikeSensitivity?.Trim().ToLowerInvariant());
        if (input.SpikeSensitivity is not null && sensitivity < 0)
        {
            return ApiProblems.Invalid("spikeSensitivity", "spikeSensitivity is low, normal or high.");
        }

        if (input.StoryReachThreshold is < 0)
        {
            return ApiProblems.Invalid("storyReachThreshold", "storyReachThreshold cannot be negative.");
        }

        if (input.Language is not null && input.Language is not ("id" or "en"))
        {
            return ApiProblems.Invalid("language", "language is id or en.");
        }

        if (input.Escalation is { } steps && await CheckStepsAsync(db, workspaceId, steps, cancellationToken) is { } badStep)
        {
            return badStep;
        }

        string? recipients = null;
        if (input.DigestRecipients is { } list)
        {
            recipients = string.Join(", ", list.Select(r => r.Trim()).Where(r => r.Length > 0));
            if (recipients.Length > 0 && mailer.ParseRecipients(recipients, out var error) is null)
            {
                return ApiProblems.Invalid("digestRecipients", $"digestRecipients must be e-mail addresses: {error}.");
            }
        }

        var row = await db.AlertSettings.FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId, cancellationToken);
        if (row is null)
        {
            row = new AlertSettingsRow { WorkspaceId = workspaceId };
            db.AlertSettings.Add(row);
        }

        row.SpikeSensitivity = sensitivity >= 0 ? sensitivity : row.SpikeSensitivity;
        row.SpikesEnabled = input.SpikesEnabled ?? row.SpikesEnabled;
        row.StoriesEnabled = input.StoriesEnabled ?? row.StoriesEnabled;
        row.StoryReachThreshold = input.StoryReachThreshold ?? row.StoryReachThreshold;
        row.EscalationJson = input.Escalation is { } escalation ? EscalationStepJson.ListToJson(escalation.OrderBy(s => s.AfterMinutes)) : row.EscalationJson;
        row.DailyDigest = input.DailyDigest ?? row.DailyDigest;
        row.WeeklyDigest = input.WeeklyDigest ?? row.WeeklyDigest;
        row.DigestRecipients = recipients ?? row.DigestRecipients;
        row.Language = input.Language ?? row.Language;
        if ((row.DailyDigest || row.WeeklyDigest) && row.DigestRecipients.Length == 0)
        {
            return ApiProblems.Invalid("digestRecipients", "A digest needs at least one recipient.");
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(Dto(row));
    }

    private static async Task<IResult?> CheckStepsAsync(PantauDbContext db, Guid workspaceId, IReadOnlyList<EscalationStepJson> steps, CancellationToken cancellationToken)
    {
        if (steps.Count > MaxEscalationSteps)
        {
            return ApiProblems.Invalid("escalation", $"At most {MaxEscalationSteps} escalation steps.");
        }

        var channels = await db.AlertChannels.AsNoTracking().Where(c => c.WorkspaceId == workspaceId).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var step in steps)
        {
            if (step.AfterMinutes is < 1 or > 7 * 24 * 60)
            {
                return ApiProblems.Invalid("escalation", "afterMinutes is a whole number of minutes from 1 to 10080 (a week).");
            }

            if (!channels.Contains(step.ChannelId))
            {
                return ApiProblems.Invalid("escalation", $"The channel {step.ChannelId} is not one of this workspace's alert channels.");
            }
        }

        return null;
    }

    private static AlertSettingsDto Dto(AlertSettingsRow s) => new(
        Sensitivities[Math.Clamp(s.SpikeSensitivity, 0, Sensitivities.Length - 1)],
        s.SpikesEnabled,
        s.StoriesEnabled,
        s.StoryReachThreshold,
        EscalationStepJson.ListFromJson(s.EscalationJson),
        s.DailyDigest,
        s.WeeklyDigest,
        s.DigestRecipients.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        s.Language,
        s.DailyDigestSentFor,
        s.WeeklyDigestSentFor);
}
