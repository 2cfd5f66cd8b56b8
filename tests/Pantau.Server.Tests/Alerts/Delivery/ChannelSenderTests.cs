using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Pantau.Core.Care;
using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Tests.Care.Webhooks;

namespace Pantau.Server.Tests.Alerts.Delivery;

/// <summary>Each HTTP sender against a local server that answers in the provider's format.</summary>
public sealed class ChannelSenderTests : IAsyncLifetime
{
    private const string SlackPath = "/services/T000/B000/XXXXSECRETPATH";
    private readonly FakeTimeProvider _time = new(NoticeSamples.FiredAt.AddMinutes(1));
    private WebhookReceiver _receiver = null!;

    public async ValueTask InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public ValueTask DisposeAsync() => _receiver.DisposeAsync();

    [Fact]
    public async Task Slack_posts_json_with_pantaus_user_agent_and_takes_ok()
    {
        _receiver.Map(SlackPath, (_, context) => context.Response.WriteAsync("ok"));
        using var http = Http();
        var outcome = await new SlackSender(http, NoticeSamples.Options()).SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Slack, SlackPath), Ct);

        Assert.Equal(new DeliveryOutcome(true, false, null, null, 200), outcome);
        var request = Assert.Single(_receiver.Received(SlackPath));
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        Assert.Equal("Pantau/1 (+alerts)", request.Header("User-Agent"));
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("header", json.RootElement.GetProperty("blocks")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_429_with_retry_after_in_seconds_or_as_a_date_is_retried_then()
    {
        _receiver.Map("/seconds", (_, context) => Answer(context, 429, "rate_limited", ("Retry-After", "30")));
        _receiver.Map("/date", (_, context) => Answer(context, 429, "", ("Retry-After", _time.GetUtcNow().AddMinutes(2).ToString("R"))));
        using var http = Http();
        var sender = new SlackSender(http, NoticeSamples.Options());

        var seconds = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Slack, "/seconds"), Ct);
        Assert.False(seconds.Delivered);
        Assert.True(seconds.Retryable);
        Assert.Equal(429, seconds.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), seconds.RetryAfter);

        var date = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Slack, "/date"), Ct);
        Assert.True(date.Retryable);
        Assert.Equal(TimeSpan.FromMinutes(2), date.RetryAfter);
    }

    [Fact]
    public async Task Server_errors_are_retried_and_a_removed_hook_is_not()
    {
        _receiver.Map("/busy", (_, context) => Answer(context, 503, "upstream down"));
        _receiver.Map(SlackPath, (_, context) => Answer(context, 404, "no_service"));
        using var http = Http();
        var sender = new SlackSender(http, NoticeSamples.Options());

        var busy = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Slack, "/busy"), Ct);
        Assert.True(busy.Retryable);
        Assert.Equal(503, busy.StatusCode);

        var gone = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Slack, SlackPath), Ct);
        Assert.False(gone.Retryable);
        Assert.Equal(404, gone.StatusCode);
        Assert.Contains("removed in Slack", gone.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRETPATH", gone.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_posts_the_card_and_takes_202()
    {
        _receiver.Map("/workflows/abc", (_, context) => Answer(context, 202, ""));
        _receiver.Map("/bad", (_, context) => Answer(context, 400, "{\"error\":{\"code\":\"InvalidRequestContent\"}}"));
        using var http = Http();
        var sender = new TeamsSender(http, NoticeSamples.Options());

        var outcome = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Teams, "/workflows/abc"), Ct);
        Assert.True(outcome.Delivered);
        Assert.Equal(202, outcome.StatusCode);
        using var json = JsonDocument.Parse(Assert.Single(_receiver.Received("/workflows/abc")).Body);
        Assert.Equal(TeamsPayload.CardContentType, json.RootElement.GetProperty("attachments")[0].GetProperty("contentType").GetString());

        var bad = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Teams, "/bad"), Ct);
        Assert.False(bad.Retryable);
        Assert.Contains("HTTP 400", bad.Error, StringComparison.Ordinal);
        Assert.Contains("InvalidRequestContent", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telegram_calls_send_message_with_the_token_in_the_path()
    {
        var path = "/bot" + NoticeSamples.TelegramToken + "/sendMessage";
        _receiver.Map(path, (_, context) => Answer(context, 200, "{\"ok\":true,\"result\":{\"message_id\":7}}"));
        using var http = Http();
        var outcome = await Telegram(http).SendAsync(NoticeSamples.Spike(), new ChannelTarget(AlertChannelKind.Telegram, "-100200300", NoticeSamples.TelegramToken), Ct);

        Assert.True(outcome.Delivered);
        var request = Assert.Single(_receiver.Received(path));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal(-100200300, json.RootElement.GetProperty("chat_id").GetInt64());
        Assert.Equal("HTML", json.RootElement.GetProperty("parse_mode").GetString());
        Assert.Contains("<b>Negative mentions of Nusantel are 6.2× the usual</b>", json.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telegram_errors_are_read_from_its_json_and_never_show_the_token()
    {
        var path = "/bot" + NoticeSamples.TelegramToken + "/sendMessage";
        var answers = new[]
        {
            (429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}"),
            (401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}"),
            (400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"),
            (400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-1009876}}"),
            (502, "<html>Bad Gateway</html>"),
        };
        _receiver.Map(path, (n, context) => Answer(context, answers[n - 1].Item1, answers[n - 1].Item2));
        using var http = Http();
        var sender = Telegram(http);
        var target = new ChannelTarget(AlertChannelKind.Telegram, "42", NoticeSamples.TelegramToken);
        var outcomes = new List<DeliveryOutcome>();
        foreach (var _ in answers)
        {
            outcomes.Add(await sender.SendAsync(NoticeSamples.Spike(), target, Ct));
        }

        Assert.True(outcomes[0].Retryable);
        Assert.Equal(TimeSpan.FromSeconds(7), outcomes[0].RetryAfter);
        Assert.False(outcomes[1].Retryable);
        Assert.Contains("bot token", outcomes[1].Error, StringComparison.Ordinal);
        Assert.False(outcomes[2].Retryable);
        Assert.Contains("chat not found", outcomes[2].Error, StringComparison.Ordinal);
        Assert.False(outcomes[3].Retryable);
        Assert.Contains("-1009876", outcomes[3].Error, StringComparison.Ordinal);
        Assert.True(outcomes[4].Retryable);
        Assert.All(outcomes, o => Assert.DoesNotContain("AAHfiqks", o.Error ?? "", StringComparison.Ordinal));

        var malformed = await sender.SendAsync(NoticeSamples.Spike(), target with { Secret = "../../admin" }, Ct);
        Assert.False(malformed.Retryable);
        Assert.Equal(answers.Length, _receiver.Received(path).Count);
    }

    [Fact]
    public async Task Telegram_unreachable_is_retryable_and_the_error_has_no_token()
    {
        var port = ClosedPort();
        using var http = Http();
        var sender = new TelegramSender(http, NoticeSamples.Options(o => o.TelegramApiBase = new Uri($"http://localhost:{port}/")));
        var outcome = await sender.SendAsync(NoticeSamples.Spike(), new ChannelTarget(AlertChannelKind.Telegram, "42", NoticeSamples.TelegramToken), Ct);

        Assert.False(outcome.Delivered);
        Assert.True(outcome.Retryable);
        Assert.Contains("could not reach localhost", outcome.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHfiqks", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_webhook_is_signed_like_the_care_webhooks()
    {
        _receiver.Map("/hooks/pantau", (_, context) => Answer(context, 204, ""));
        using var http = Http();
        var sender = new AlertWebhookSender(http, NoticeSamples.Options(), _time);
        var outcome = await sender.SendAsync(NoticeSamples.Spike() with { IsUpdate = true }, Target(AlertChannelKind.Webhook, "/hooks/pantau", "whsec_test"), Ct);

        Assert.True(outcome.Delivered);
        var request = Assert.Single(_receiver.Received("/hooks/pantau"));
        Assert.Equal("alert.updated", request.Header("Pantau-Event-Type"));
        Assert.True(WebhookSignature.Verify(Encoding.UTF8.GetBytes(request.Body), request.Header("Pantau-Signature"), "whsec_test", _time.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(Encoding.UTF8.GetBytes(request.Body), request.Header("Pantau-Signature"), "other", _time.GetUtcNow(), TimeSpan.FromMinutes(5)));
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal("alert.updated", json.RootElement.GetProperty("event").GetString());

        var unsigned = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Webhook, "/hooks/pantau", null), Ct);
        Assert.False(unsigned.Retryable);
        Assert.Single(_receiver.Received("/hooks/pantau"));
    }

    [Fact]
    public async Task A_private_address_is_refused_unless_allowed()
    {
        _receiver.Map("/hooks/pantau", (_, context) => Answer(context, 200, ""));
        using var strict = Http(NoticeSamples.Options(o => o.AllowedHosts = []));
        var sender = new AlertWebhookSender(strict, NoticeSamples.Options(), _time);

        var byName = await sender.SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Webhook, "/hooks/pantau", "s"), Ct);
        var byIp = await sender.SendAsync(NoticeSamples.Spike(), new ChannelTarget(AlertChannelKind.Webhook, _receiver.IpUrl("/hooks/pantau"), "s"), Ct);
        var scheme = await sender.SendAsync(NoticeSamples.Spike(), new ChannelTarget(AlertChannelKind.Webhook, "file:///etc/passwd", "s"), Ct);

        Assert.All([byName, byIp, scheme], o => Assert.False(o.Retryable));
        Assert.Contains("blocked", byName.Error, StringComparison.Ordinal);
        Assert.Contains("blocked", byIp.Error, StringComparison.Ordinal);
        Assert.Empty(_receiver.Received("/hooks/pantau"));

        using var allowing = Http(NoticeSamples.Options(o => o.AllowedHosts = [$"127.0.0.1:{_receiver.Host.BaseUri.Port}"]));
        var allowed = await new AlertWebhookSender(allowing, NoticeSamples.Options(), _time)
            .SendAsync(NoticeSamples.Spike(), new ChannelTarget(AlertChannelKind.Webhook, _receiver.IpUrl("/hooks/pantau"), "s"), Ct);
        Assert.True(allowed.Delivered);
    }

    [Fact]
    public async Task A_redirect_is_an_answer_and_not_followed()
    {
        _receiver.Map("/moved", (_, context) =>
        {
            context.Response.StatusCode = 302;
            context.Response.Headers.Location = "http://169.254.169.254/latest/meta-data/";
            return Task.CompletedTask;
        });
        using var http = Http();
        var outcome = await new TeamsSender(http, NoticeSamples.Options()).SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Teams, "/moved"), Ct);
        Assert.False(outcome.Delivered);
        Assert.False(outcome.Retryable);
        Assert.Equal(302, outcome.StatusCode);
    }

    [Fact]
    public async Task No_answer_within_the_timeout_is_retryable()
    {
        _receiver.Map("/slow", async (_, context) => await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted));
        using var http = new ChannelHttp(NoticeSamples.Options(o => o.Timeout = TimeSpan.FromMilliseconds(300)), TimeProvider.System);
        var outcome = await new SlackSender(http, NoticeSamples.Options()).SendAsync(NoticeSamples.Spike(), Target(AlertChannelKind.Slack, "/slow"), Ct);
        Assert.True(outcome.Retryable);
        Assert.Contains("no answer within 0.3 s", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_retryable()
    {
        using var http = Http();
        var outcome = await new SlackSender(http, NoticeSamples.Options())
            .SendAsync(NoticeSamples.Spike(), new ChannelTarget(AlertChannelKind.Slack, $"http://localhost:{ClosedPort()}/services/x", null), Ct);
        Assert.True(outcome.Retryable);
        Assert.Null(outcome.StatusCode);
    }

    [Fact]
    public void Senders_are_found_by_kind_and_secrets_stay_out_of_logs()
    {
        using var http = Http();
        var senders = new AlertSenders([new SlackSender(http, NoticeSamples.Options()), new TelegramSender(http, NoticeSamples.Options())]);
        Assert.IsType<TelegramSender>(senders.For(AlertChannelKind.Telegram));
        Assert.Throws<InvalidOperationException>(() => senders.For(AlertChannelKind.Email));
        Assert.DoesNotContain("AAHfiqks", new ChannelTarget(AlertChannelKind.Telegram, "42", NoticeSamples.TelegramToken).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("XXXX", new ChannelTarget(AlertChannelKind.Slack, "https://hooks.slack.com/services/T/B/XXXX", null).ToString(), StringComparison.Ordinal);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private ChannelHttp Http(Microsoft.Extensions.Options.IOptions<AlertDeliveryOptions>? options = null) => new(options ?? NoticeSamples.Options(), _time);

    private TelegramSender Telegram(ChannelHttp http) => new(http, NoticeSamples.Options(o => o.TelegramApiBase = new Uri(_receiver.Url("/"))));

    private ChannelTarget Target(AlertChannelKind kind, string path, string? secret = null) => new(kind, _receiver.Url(path), secret);

    private static async Task Answer(HttpContext context, int status, string body, params (string Name, string Value)[] headers)
    {
        context.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            context.Response.Headers[name] = value;
        }

        if (body.Length > 0)
        {
            context.Response.ContentType = body.StartsWith('{') ? "application/json" : "text/plain";
            await context.Response.WriteAsync(body);
        }
    }

    /// <summary>A port on 127.0.0.1 that nothing listens on (just freed).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
