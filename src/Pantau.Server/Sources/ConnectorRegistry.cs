using Pantau.Connectors.Abstractions;

namespace Pantau.Server.Sources;

/// <summary>The connectors this build has, by source kind.</summary>
public sealed class ConnectorRegistry(IEnumerable<ISourceConnector> connectors)
{
    private readonly Dictionary<string, ISourceConnector> _byKind = connectors.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    public IReadOnlyCollection<string> Kinds => _byKind.Keys;

    public ISourceConnector? Find(string kind) => _byKind.GetValueOrDefault(kind);
}
