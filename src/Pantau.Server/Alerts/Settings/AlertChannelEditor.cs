using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Api;

namespace Pantau.Server.Alerts.Settings;

/// <summary>Adds, changes, removes and tries a workspace's alert channels, with the checks each kind needs.</summary>
public sealed partial class AlertChannelEditor(
    IDbContextFactory<PantauDbContext> contexts,
    AlertChannelSecrets secrets,
    AlertSenders senders,
    AlertNotices notices,
    SmtpMailer mailer,
    IOptions<AlertDeliveryOptions> options,
    TimeProvider time)
{
    public const int MaxChannelsPerWorkspace = 30;
    public const int MaxSecretLength = 500;

    private readonly SsrfGuard _guard = new(options.Value.AllowedHosts);

    public async Task<IReadOnlyList<AlertChannelDto>> ListAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channels = await db.AlertChannels.AsNoTracking().Where(c => c.WorkspaceId == workspaceId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);
        return [.. channels.Select(AlertChannelDto.From)];
    }

    public async Task<IResult> CreateAsync(Guid workspaceId, AlertChannelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.AlertChannels.CountAsync(c => c.WorkspaceId == workspaceId, cancellationToken) >= MaxChannelsPerWorkspace)
        {
            return ApiProblems.Invalid("name", $"A workspace can have at most {MaxChannelsPerWorkspace} alert channels.");
        }

        var channel = new AlertChannel { Id = Guid.CreateVersion7(), WorkspaceId = workspaceId, Name = "", Kind = "", Address = "", CreatedAt = time.GetUtcNow() };
        if (await ApplyAsync(channel, input, creating: true, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        db.AlertChannels.Add(channel);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/v1/workspaces/{workspaceId}/alert-channels/{channel.Id}", AlertChannelDto.From(channel));
    }

    public async Task<IResult> UpdateAsync(Guid workspaceId, Guid channelId, AlertChannelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channel = await db.AlertChannels.FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == channelId, cancellationToken);
        if (channel is null)
        {
            return ApiProblems.NotFound("The alert channel");
        }

        if (await ApplyAsync(channel, input, creating: false, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AlertChannelDto.From(channel));
    }

    public async Task<IResult> DeleteAsync(Guid workspaceId, Guid channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.AlertChannels.Where(c => c.WorkspaceId == workspaceId && c.Id == channelId).ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? ApiProblems.NotFound("The alert channel") : TypedResults.NoContent();
    }

    /// <summary>Sends a synthetic notice now, without queueing or storing anything, and tells what came of it.</summary>
    public async Task<IResult> TestAsync(Guid workspaceId, Guid channelId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var channel = await db.AlertChannels.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == channelId, cancellationToken);
        if (channel is null || await AlertNotices.WorkspaceAsync(db, workspaceId, cancellationToken) is not { } workspace)
        {
            return ApiProblems.NotFound("The alert channel");
        }

        string? secret;
        try
        {
            secret = secrets.Unprotect(channel.ProtectedSecret);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return TypedResults.Ok(new ChannelTestResult(false, false, "the channel's secret cannot be decrypted; set it again", null));
        }

        var target = new ChannelTarget(Enum.Parse<AlertChannelKind>(channel.Kind, ignoreCase: true), channel.Address, secret);
        var outcome = await senders.SendAsync(notices.Test(workspace, time.GetUtcNow()), target, cancellationToken);
        return TypedResults.Ok(new ChannelTestResult(outcome.Delivered, outcome.Retryable, outcome.Error, outcome.StatusCode));
    }

    private async Task<IResult?> ApplyAsync(AlertChannel channel, AlertChannelInput input, bool creating, CancellationToken cancellationToken)
    {
        if (creating || input.Name is not null)
        {
            if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
            {
                return ApiProblems.Invalid("name", "A name of 1 to 100 characters is required.");
            }

            channel.Name = input.Name.Trim();
        }

        if (creating || input.Kind is not null)
        {
            if (!Enum.TryParse<AlertChannelKind>(input.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(input.Kind, CultureInfo.InvariantCulture, out _))
            {
                return ApiProblems.Invalid("kind", "kind is email, slack, teams, telegram or webhook.");
            }

            channel.Kind = kind.ToString().ToLowerInvariant();
        }

        if (creating || input.Address is not null || input.Kind is not null)
        {
            var address = (input.Address ?? channel.Address).Trim();
            if (await CheckAddressAsync(Enum.Parse<AlertChannelKind>(channel.Kind, ignoreCase: true), address, cancellationToken) is { } message)
            {
                return ApiProblems.Invalid("address", message);
            }

            channel.Address = address;
        }

        if (input.Secret is { } secret)
        {
            if (secret.Length > MaxSecretLength)
            {
                return ApiProblems.Invalid("secret", $"The secret is at most {MaxSecretLength} characters.");
            }

            channel.ProtectedSecret = secret.Length == 0 ? null : secrets.Protect(secret);
        }

        if (channel.Kind == "telegram" && channel.ProtectedSecret is null)
        {
            return ApiProblems.Invalid("secret", "A Telegram channel needs its bot token as the secret.");
        }

        if (input.MinSeverity is not null)
        {
            if (!AlertNames.TryParseSeverity(input.MinSeverity, out var severity))
            {
                return ApiProblems.Invalid("minSeverity", "minSeverity is low, medium, high or critical.");
            }

            channel.MinSeverity = (int)severity;
        }

        if (input.ClearQuietHours is true)
        {
            channel.QuietHoursJson = null;
        }
        else if (input.QuietHours is { } quiet)
        {
            var (_, field, error) = quiet.ToQuietHours();
            if (error is not null)
            {
                return ApiProblems.Invalid(field!, error);
            }

            channel.QuietHoursJson = (quiet with { TimeZone = string.IsNullOrWhiteSpace(quiet.TimeZone) ? NoticeText.DefaultTimeZoneId : quiet.TimeZone.Trim() }).ToJson();
        }

        channel.EscalationOnly = input.EscalationOnly ?? channel.EscalationOnly;
        channel.Enabled = input.Enabled ?? channel.Enabled;
        return null;
    }

    /// <summary>Null when the address suits the kind; otherwise why not.</summary>
    private async Task<string?> CheckAddressAsync(AlertChannelKind kind, string address, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case AlertChannelKind.Email:
                return mailer.ParseRecipients(address, out var error) is null ? $"An e-mail channel's address is a comma-separated list of e-mail addresses: {error}." : null;
            case AlertChannelKind.Telegram:
                return TelegramChat().IsMatch(address) ? null : "A Telegram chat is its numeric id (such as -1001234567890) or a public @channelname.";
            default:
                return await CheckUrlAsync(address, cancellationToken);
        }
    }

    /// <summary>https, or http to a host allowed in <c>Alerts:Delivery:AllowedHosts</c>; a private address only when allowed.</summary>
    private async Task<string?> CheckUrlAsync(string raw, CancellationToken cancellationToken)
    {
        if (raw.Length is 0 or > 2000 || !Uri.TryCreate(raw, UriKind.Absolute, out var url))
        {
            return "An absolute https address of at most 2000 characters is required, such as https://hooks.slack.com/services/….";
        }

        if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && _guard.IsAllowListed(url.Host, url.Port)))
        {
            return $"The address must be https (http only for a host in {AlertDeliveryOptions.Section}:AllowedHosts).";
        }

        try
        {
            SsrfGuard.CheckUrl(url);
            await _guard.ResolveAsync(url.Host, url.Port, cancellationToken);
        }
        catch (FeedFetchException e) when (e.Kind is FeedFetchErrorKind.Blocked or FeedFetchErrorKind.InvalidUrl)
        {
            return char.ToUpperInvariant(e.Message[0]) + e.Message[1..] + ".";
        }
        catch (Exception e) when (e is FeedFetchException or System.Net.Sockets.SocketException)
        {
            // A name that does not resolve now may later: delivery checks again.
        }

        return null;
    }

    [GeneratedRegex(@"^(-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$")]
    private static partial Regex TelegramChat();
}
