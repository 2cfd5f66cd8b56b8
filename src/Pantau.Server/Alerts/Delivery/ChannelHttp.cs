using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// POSTs JSON for the chat and webhook senders through one SSRF-guarded client (no redirects, no proxy), bounded by the
/// configured timeout, and turns what happens into a <see cref="DeliveryOutcome"/>. Errors name the host, never the path
/// (a Slack or Teams hook's path and Telegram's bot token are credentials).
/// </summary>
public sealed class ChannelHttp : IDisposable
{
    public const string UserAgent = "Pantau/1 (+alerts)";

    /// <summary>Characters of a refusal's body kept in the error.</summary>
    private const int BodyExcerptLength = 300;

    private readonly HttpClient _client;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;

    public ChannelHttp(IOptions<AlertDeliveryOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _timeout = options.Value.Timeout;
        _time = time;
        _client = GuardedHttpClient.Create(options.Value.AllowedHosts, options.Value.Timeout);
    }

    /// <summary>What a receiver answered: its status, Retry-After and the first 4 KB of its body (raw: clean it before showing).</summary>
    public sealed record Answer(int Status, string Reason, RetryConditionHeaderValue? RetryAfter, string Body);

    /// <summary>
    /// POSTs <paramref name="json"/>; 2xx is delivered, other answers go to <paramref name="interpret"/> (null: <see cref="Refused"/>).
    /// <paramref name="secrets"/> are scrubbed from any error text.
    /// </summary>
    public async Task<DeliveryOutcome> PostJsonAsync(
        string url,
        string json,
        IEnumerable<KeyValuePair<string, string>>? headers,
        Func<Answer, DeliveryOutcome>? interpret,
        IReadOnlyCollection<string> secrets,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(secrets);
        Uri target;
        try
        {
            target = new Uri(url, UriKind.Absolute);
            SsrfGuard.CheckUrl(target);
        }
        catch (Exception exception) when (exception is UriFormatException or FeedFetchException or ArgumentNullException)
        {
            return DeliveryOutcome.Failure(Scrub("not a usable address: " + exception.Message, secrets, url), retryable: false);
        }

        var body = Encoding.UTF8.GetBytes(json);
        using var request = new HttpRequestMessage(HttpMethod.Post, target);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var timeout = new CancellationTokenSource(_timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300)
            {
                return DeliveryOutcome.Success(status);
            }

            var answer = new Answer(status, response.ReasonPhrase ?? response.StatusCode.ToString(), response.Headers.RetryAfter, await ReadStartAsync(response, linked.Token));
            var outcome = (interpret ?? Refused)(answer);
            return outcome with { Error = outcome.Error is { } error ? Scrub(error, secrets, url) : null };
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            var seconds = _timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            return DeliveryOutcome.Failure($"no answer within {seconds} s from {target.Host}", retryable: true);
        }
        catch (HttpRequestException exception)
        {
            if (GuardedHttpClient.FindFetchException(exception) is { Kind: FeedFetchErrorKind.Blocked } blocked)
            {
                return DeliveryOutcome.Failure(Scrub(blocked.Message, secrets, url), retryable: false);
            }

            return DeliveryOutcome.Failure(Scrub($"could not reach {target.Host}: {exception.GetBaseException().Message}", secrets, url), retryable: true);
        }
        catch (IOException exception)
        {
            return DeliveryOutcome.Failure(Scrub($"the connection to {target.Host} broke: {exception.GetBaseException().Message}", secrets, url), retryable: true);
        }
    }

    /// <summary>
    /// The usual reading: 408, 429 and 5xx are retryable (after Retry-After, seconds or a date, when given); other answers
    /// (404 gone, 400 bad payload, 401/403 refused, 3xx) are not.
    /// </summary>
    public DeliveryOutcome Refused(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var retryable = answer.Status is 408 or 429 or >= 500;
        var said = NoticeText.Line(answer.Body, BodyExcerptLength) is { Length: > 0 } body ? ": " + body : "";
        return DeliveryOutcome.Failure($"HTTP {answer.Status} {answer.Reason}{said}", retryable, answer.Status, RetryAfter(answer.RetryAfter));
    }

    /// <summary>A Retry-After header as a wait from now, or null.</summary>
    public TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - _time.GetUtcNow(),
        _ => null,
    };

    public void Dispose() => _client.Dispose();

    private static async Task<string> ReadStartAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[4096];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
            {
                read += n;
            }

            return Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            return "";
        }
    }

    /// <summary>Secrets and the target's path out of an error text.</summary>
    private static string Scrub(string error, IReadOnlyCollection<string> secrets, string url)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.PathAndQuery.Length > 1)
        {
            error = error.Replace(uri.PathAndQuery, "/…", StringComparison.Ordinal);
        }

        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                error = error.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return error;
    }
}
