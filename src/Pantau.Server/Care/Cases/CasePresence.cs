using System.Collections.Concurrent;

namespace Pantau.Server.Care.Cases;

/// <summary>Someone else on a case: viewing it, or typing a reply or note.</summary>
public sealed record CaseVisitor(Guid UserId, string Name, bool Typing, DateTimeOffset Since);

/// <summary>
/// Collision detection: who has which case open and who is typing on it, so two agents do not answer the same customer
/// twice. Case panes register while open and report typing; every change is announced to the case's other viewers.
/// </summary>
public sealed class CasePresence(TimeProvider clock)
{
    /// <summary>Typing that has not been refreshed for this long has stopped (a closed tab, a lost connection).</summary>
    public static readonly TimeSpan TypingTimeout = TimeSpan.FromSeconds(8);

    private readonly ConcurrentDictionary<long, ConcurrentDictionary<Guid, Visit>> _cases = new();

    /// <summary>Raised with the case id whenever its visitors change.</summary>
    public event Action<long>? Changed;

    /// <summary>Registers a viewer until the returned handle is disposed (one per open pane; a user with two tabs counts once).</summary>
    public IDisposable Enter(long caseId, Guid userId, string name)
    {
        var visits = _cases.GetOrAdd(caseId, _ => new());
        visits.AddOrUpdate(userId, _ => new Visit(name, null, clock.GetUtcNow(), 1), (_, old) => old with { Count = old.Count + 1 });
        Changed?.Invoke(caseId);
        return new Leave(this, caseId, userId);
    }

    public void Typing(long caseId, Guid userId)
    {
        if (_cases.TryGetValue(caseId, out var visits) && visits.TryGetValue(userId, out var visit))
        {
            var wasTyping = visit.IsTyping(clock.GetUtcNow());
            visits[userId] = visit with { TypingAt = clock.GetUtcNow() };
            if (!wasTyping)
            {
                Changed?.Invoke(caseId);
            }
        }
    }

    public void StoppedTyping(long caseId, Guid userId)
    {
        if (_cases.TryGetValue(caseId, out var visits) && visits.TryGetValue(userId, out var visit) && visit.TypingAt is not null)
        {
            visits[userId] = visit with { TypingAt = null };
            Changed?.Invoke(caseId);
        }
    }

    /// <summary>Everyone on the case except <paramref name="self"/>.</summary>
    public IReadOnlyList<CaseVisitor> Others(long caseId, Guid? self)
    {
        if (!_cases.TryGetValue(caseId, out var visits))
        {
            return [];
        }

        var now = clock.GetUtcNow();
        return [.. visits.Where(v => v.Key != self).Select(v => new CaseVisitor(v.Key, v.Value.Name, v.Value.IsTyping(now), v.Value.Since)).OrderBy(v => v.Since)];
    }

    private void Exit(long caseId, Guid userId)
    {
        if (!_cases.TryGetValue(caseId, out var visits) || !visits.TryGetValue(userId, out var visit))
        {
            return;
        }

        if (visit.Count > 1)
        {
            visits[userId] = visit with { Count = visit.Count - 1 };
        }
        else
        {
            visits.TryRemove(userId, out _);
            if (visits.IsEmpty)
            {
                _cases.TryRemove(caseId, out _);
            }
        }

        Changed?.Invoke(caseId);
    }

    private sealed record Visit(string Name, DateTimeOffset? TypingAt, DateTimeOffset Since, int Count)
    {
        public bool IsTyping(DateTimeOffset now) => TypingAt is { } at && now - at <= TypingTimeout;
    }

    private sealed class Leave(CasePresence presence, long caseId, Guid userId) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                presence.Exit(caseId, userId);
            }
        }
    }
}
