using System.Text.Json;

namespace Pantau.Connectors.Abstractions;

/// <summary>What a connector is told about the source it reads: its identity, settings and decrypted secrets.</summary>
public sealed record SourceContext(
    Guid SourceId,
    Guid WorkspaceId,
    string Kind,
    string Name,
    JsonElement Settings,
    IReadOnlyDictionary<string, string> Secrets)
{
    /// <summary>Someone asked to read the source now: a pulled connector reads at once instead of waiting for its planned time.</summary>
    public bool ReadNow { get; init; }
}
