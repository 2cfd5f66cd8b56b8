using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Pantau.Server.Care.Cases;

/// <summary>
/// Which agents are at work: seen recently (an open inbox beats every few seconds, an API client calls the presence
/// endpoint) and not set away. Routing gives new cases only to agents who are here. Kept in memory: after a restart
/// everyone is offline until their inbox reconnects, seconds later.
/// </summary>
public sealed class AgentPresence(TimeProvider clock, IOptions<CareOptions> options)
{
    private readonly ConcurrentDictionary<(Guid Workspace, Guid User), Seen> _seen = new();

    public void Beat(Guid workspaceId, Guid userId) =>
        _seen.AddOrUpdate((workspaceId, userId), _ => new Seen(clock.GetUtcNow(), false), (_, old) => old with { At = clock.GetUtcNow() });

    public void SetAway(Guid workspaceId, Guid userId, bool away) =>
        _seen.AddOrUpdate((workspaceId, userId), _ => new Seen(clock.GetUtcNow(), away), (_, old) => new Seen(clock.GetUtcNow(), away));

    public bool IsAway(Guid workspaceId, Guid userId) => _seen.TryGetValue((workspaceId, userId), out var seen) && seen.Away;

    public bool IsOnline(Guid workspaceId, Guid userId) =>
        _seen.TryGetValue((workspaceId, userId), out var seen) && !seen.Away && clock.GetUtcNow() - seen.At <= options.Value.PresenceTimeout;

    public IReadOnlyList<Guid> Online(Guid workspaceId)
    {
        var now = clock.GetUtcNow();
        var timeout = options.Value.PresenceTimeout;
        return [.. _seen.Where(p => p.Key.Workspace == workspaceId && !p.Value.Away && now - p.Value.At <= timeout).Select(p => p.Key.User)];
    }

    private sealed record Seen(DateTimeOffset At, bool Away);
}
