namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>
/// At most N requests at a time to one host. An entry lives only while someone holds or waits for it,
/// so memory stays bounded by the hosts in flight, not by every host ever fetched.
/// </summary>
public sealed class HostConcurrencyLimiter
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly int _perHost;

    public HostConcurrencyLimiter(int perHost)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perHost, 1);
        _perHost = perHost;
    }

    /// <summary>Hosts with a request in flight or waiting.</summary>
    public int TrackedHosts
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count;
            }
        }
    }

    public async Task<IDisposable> AcquireAsync(string host, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(host, out entry!))
            {
                entry = new Entry(new SemaphoreSlim(_perHost, _perHost));
                _entries[host] = entry;
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(host, entry);
            throw;
        }

        return new Lease(this, host, entry);
    }

    private void Leave(string host, Entry entry)
    {
        lock (_entries)
        {
            entry.Users--;
            if (entry.Users == 0)
            {
                _entries.Remove(host);
                entry.Gate.Dispose();
            }
        }
    }

    private sealed class Entry(SemaphoreSlim gate)
    {
        public SemaphoreSlim Gate { get; } = gate;
        public int Users { get; set; }
    }

    private sealed class Lease(HostConcurrencyLimiter owner, string host, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(host, entry);
            }
        }
    }
}
