using System.Net;
using System.Net.Sockets;

namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>
/// Keeps the fetcher off private networks. The check runs when a connection is opened (resolve, check every
/// address, connect only to those), so DNS rebinding and redirects pass through it too.
/// </summary>
public sealed class SsrfGuard
{
    private readonly HashSet<string> _allowedHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<(string Host, int Port)> _allowedEndpoints = new(new EndpointComparer());

    public SsrfGuard(IEnumerable<string> allowedHosts)
    {
        foreach (var raw in allowedHosts)
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            if (TrySplitPort(entry, out var host, out var port))
            {
                _allowedEndpoints.Add((host, port));
            }
            else
            {
                _allowedHosts.Add(entry.Trim('[', ']'));
            }
        }
    }

    public bool IsAllowListed(string host, int port)
    {
        host = host.Trim('[', ']');
        return _allowedHosts.Contains(host) || _allowedEndpoints.Contains((host, port));
    }

    /// <summary>Refuses, before any traffic, what is never fetched: relative URLs, other schemes, user info.</summary>
    public static void CheckUrl(Uri url)
    {
        if (!url.IsAbsoluteUri)
        {
            throw Invalid(url, $"'{url}' is not an absolute address");
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            throw Invalid(url, $"only http and https addresses can be fetched, not {url.Scheme}");
        }

        if (url.UserInfo.Length > 0)
        {
            throw Invalid(url, $"addresses with a user name or password are refused ({url.Host})");
        }

        if (url.Host.Length == 0)
        {
            throw Invalid(url, $"'{url}' has no host");
        }
    }

    /// <summary>Resolves a host and throws <see cref="FeedFetchErrorKind.Blocked"/> if any address is not public.</summary>
    public async Task<IPAddress[]> ResolveAsync(string host, int port, CancellationToken cancellationToken)
    {
        var bare = host.Trim('[', ']');
        var isLiteral = IPAddress.TryParse(bare, out var literal);
        var addresses = isLiteral ? [literal!] : await Dns.GetHostAddressesAsync(bare, cancellationToken).ConfigureAwait(false);
        if (addresses.Length == 0)
        {
            throw new FeedFetchException(FeedFetchErrorKind.Network, $"{bare} resolves to no address");
        }

        if (IsAllowListed(bare, port))
        {
            return addresses;
        }

        // Every address must pass: a name with one public and one private address could be steered to either.
        foreach (var address in addresses)
        {
            var range = AddressClassifier.Classify(address);
            if (range != AddressRange.Public)
            {
                var what = AddressClassifier.Describe(range);
                var message = isLiteral
                    ? $"blocked: {bare} is {what}; an admin can allow this host"
                    : $"blocked: {bare} resolves to {address}, {what}; an admin can allow this host";
                throw new FeedFetchException(FeedFetchErrorKind.Blocked, message);
            }
        }

        return addresses;
    }

    /// <summary>For <see cref="SocketsHttpHandler.ConnectCallback"/>.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = await ResolveAsync(endpoint.Host, endpoint.Port, cancellationToken).ConfigureAwait(false);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, endpoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static FeedFetchException Invalid(Uri url, string message) =>
        new(FeedFetchErrorKind.InvalidUrl, message) { Url = url };

    private static bool TrySplitPort(string entry, out string host, out int port)
    {
        host = entry;
        port = 0;
        int colon;
        if (entry.StartsWith('['))
        {
            var close = entry.IndexOf(']', StringComparison.Ordinal);
            if (close < 0 || close + 1 >= entry.Length || entry[close + 1] != ':')
            {
                return false;
            }

            colon = close + 1;
            host = entry[1..close];
        }
        else
        {
            colon = entry.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0 || entry.IndexOf(':', colon + 1) >= 0)
            {
                return false; // no port, or a bare IPv6 address
            }

            host = entry[..colon];
        }

        return int.TryParse(entry.AsSpan(colon + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port);
    }

    private sealed class EndpointComparer : IEqualityComparer<(string Host, int Port)>
    {
        public bool Equals((string Host, int Port) x, (string Host, int Port) y) =>
            x.Port == y.Port && string.Equals(x.Host, y.Host, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Host, int Port) obj) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Host), obj.Port);
    }
}
