using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Pantau.Server.Care.Webhooks;

/// <summary>Webhook signing secrets: made here, shown once, kept encrypted with Data Protection, never logged.</summary>
public sealed class CareWebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Pantau.Care.Webhooks.Secret.v1");

    /// <summary>32 random bytes, base64url: what the receiver keys its HMAC with.</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public string Protect(string secret) => _protector.Protect(secret);

    /// <exception cref="CryptographicException">The keys that encrypted it are gone.</exception>
    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
