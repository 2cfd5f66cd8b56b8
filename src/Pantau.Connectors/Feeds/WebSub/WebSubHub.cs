using System.Globalization;

namespace Pantau.Connectors.Feeds.WebSub;

/// <summary>
/// Asks a WebSub hub to (un)subscribe a callback to a topic (W3C WebSub §5.1). The hub answers 202 and then verifies
/// the intent by calling the callback (see <see cref="WebSubVerification"/>). The hub's address comes from a stranger's
/// feed, so <paramref name="http"/> must be a client that refuses private addresses (SSRF).
/// </summary>
public sealed class WebSubHub(HttpClient http)
{
    /// <summary>The lease Pantau asks for; hubs may grant less, and the subscription is renewed before it ends.</summary>
    public static readonly TimeSpan RequestedLease = TimeSpan.FromDays(10);

    /// <exception cref="WebSubException">The hub refused, or could not be reached; the message says which.</exception>
    public async Task SubscribeAsync(Uri hub, string topic, Uri callback, string secret, CancellationToken cancellationToken) =>
        await SendAsync(hub, "subscribe", topic, callback, secret, cancellationToken);

    public async Task UnsubscribeAsync(Uri hub, string topic, Uri callback, CancellationToken cancellationToken) =>
        await SendAsync(hub, "unsubscribe", topic, callback, null, cancellationToken);

    private async Task SendAsync(Uri hub, string mode, string topic, Uri callback, string? secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hub);
        ArgumentNullException.ThrowIfNull(callback);
        var form = new List<KeyValuePair<string, string>>
        {
            new("hub.mode", mode),
            new("hub.topic", topic),
            new("hub.callback", callback.AbsoluteUri),
        };
        if (secret is not null)
        {
            form.Add(new("hub.secret", secret));
            form.Add(new("hub.lease_seconds", ((long)RequestedLease.TotalSeconds).ToString(CultureInfo.InvariantCulture)));
        }

        using var content = new FormUrlEncodedContent(form);
        HttpResponseMessage response;
        try
        {
            response = await http.PostAsync(hub, content, cancellationToken);
        }
        catch (HttpRequestException exception)
        {
            throw new WebSubException($"The hub {hub.Host} could not be reached: {exception.Message}", exception);
        }
        catch (TaskCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WebSubException($"The hub {hub.Host} did not answer in time.", exception);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var excerpt = body.Length > 200 ? body[..200] : body;
                throw new WebSubException($"The hub {hub.Host} refused to {mode}: HTTP {(int)response.StatusCode} {excerpt}".TrimEnd());
            }
        }
    }
}

public sealed class WebSubException(string message, Exception? innerException = null) : Exception(message, innerException);
