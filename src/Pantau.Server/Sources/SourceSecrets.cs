using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Pantau.Connectors.Abstractions;
using Pantau.Data.Entities;

namespace Pantau.Server.Sources;

/// <summary>Encrypts a source's secrets at rest with ASP.NET Core Data Protection; they never leave the server in clear.</summary>
public sealed class SourceSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Pantau.Sources.Secrets.v1");

    public string? Protect(IReadOnlyDictionary<string, string>? secrets) =>
        secrets is null || secrets.Count == 0 ? null : _protector.Protect(JsonSerializer.Serialize(secrets));

    /// <summary>The source as its connector sees it: settings and decrypted secrets.</summary>
    /// <exception cref="JsonException">The stored settings are not JSON.</exception>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The secrets cannot be decrypted (keys lost).</exception>
    public SourceContext ContextFor(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceContext(source.Id, source.WorkspaceId, source.Kind, source.Name, SourceDto.ReadSettings(source.SettingsJson), Unprotect(source.ProtectedSecrets));
    }

    public IReadOnlyDictionary<string, string> Unprotect(string? protectedSecrets) =>
        string.IsNullOrEmpty(protectedSecrets)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedSecrets)) ?? [];
}
