using Pantau.Data.Entities;
using Pantau.Server.Alerts.Dispatch;

namespace Pantau.Server.Alerts.Settings;

/// <summary>
/// A channel as the API shows it: its secret never, only whether it has one; a URL address (Slack, Teams, webhook) masked,
/// since whoever has a Slack or Teams webhook URL can post to it (<see cref="ChannelAddress.Masked"/>).
/// </summary>
public sealed record AlertChannelDto(
    Guid Id,
    string Name,
    string Kind,
    string Address,
    bool HasSecret,
    string MinSeverity,
    ChannelQuietHours? QuietHours,
    bool EscalationOnly,
    bool Enabled,
    DateTimeOffset CreatedAt)
{
    public static AlertChannelDto From(AlertChannel c) => new(
        c.Id, c.Name, c.Kind, ChannelAddress.Masked(c.Kind, c.Address), c.ProtectedSecret is not null, AlertNames.Severity(c.MinSeverity),
        ChannelQuietHours.FromJson(c.QuietHoursJson), c.EscalationOnly, c.Enabled, c.CreatedAt);
}

/// <summary>
/// Create or change a channel: on update a missing field is left as it is. <see cref="Secret"/> is write-only: an empty
/// string removes it. <see cref="ClearQuietHours"/> removes the quiet hours.
/// </summary>
public sealed record AlertChannelInput(
    string? Name,
    string? Kind,
    string? Address,
    string? Secret,
    string? MinSeverity,
    ChannelQuietHours? QuietHours,
    bool? ClearQuietHours,
    bool? EscalationOnly,
    bool? Enabled);

/// <summary>What a test notice to a channel came to.</summary>
public sealed record ChannelTestResult(bool Delivered, bool Retryable, string? Error, int? StatusCode);
