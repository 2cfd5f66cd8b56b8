using Microsoft.AspNetCore.DataProtection;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>Channel secrets (a Telegram bot token, a webhook signing secret): kept encrypted with Data Protection, never returned or logged.</summary>
public sealed class AlertChannelSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Pantau.Alerts.Channels.Secret.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The secret, or null when the channel has none.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The keys that encrypted it are gone.</exception>
    public string? Unprotect(string? protectedSecret) => protectedSecret is null ? null : _protector.Unprotect(protectedSecret);
}
