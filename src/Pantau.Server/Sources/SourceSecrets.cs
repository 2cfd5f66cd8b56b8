using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Pantau.Server.Sources;

/// <summary>Encrypts a source's secrets at rest with ASP.NET Core Data Protection; they never leave the server in clear.</summary>
public sealed class SourceSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Pantau.Sources.Secrets.v1");

    public string? Protect(IReadOnlyDictionary<string, string>? secrets) =>
        secrets is null || secrets.Count == 0 ? null : _protector.Protect(JsonSerializer.Serialize(secrets));

    public IReadOnlyDictionary<string, string> Unprotect(string? protectedSecrets) =>
        string.IsNullOrEmpty(protectedSecrets)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedSecrets)) ?? [];
}
