using System.Text;
using MailKit.Security;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Pantau.Server.Alerts.Delivery;

namespace Pantau.Server.Tests.Alerts.Delivery;

public sealed class SmtpDeliveryTests : IAsyncLifetime
{
    private readonly FakeSmtpServer _server = new();
    private readonly FakeTimeProvider _time = new(NoticeSamples.FiredAt);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task An_alert_goes_out_as_multipart_alternative_to_every_recipient_with_strangers_html_escaped()
    {
        var sender = new EmailAlertSender(Mailer(), NoticeSamples.Options());
        var outcome = await sender.SendAsync(NoticeSamples.Hostile(), new ChannelTarget(AlertChannelKind.Email, "ana@nusantel.test, Budi <budi@nusantel.test>", null), Ct);

        Assert.True(outcome.Delivered, outcome.Error);
        Assert.Equal(250, outcome.StatusCode);
        var received = Assert.Single(_server.Received);
        Assert.Equal("alerts@pantau.test", received.From);
        Assert.Equal(["ana@nusantel.test", "budi@nusantel.test"], received.To);

        using var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(received.Data)), Ct);
        Assert.StartsWith("[Pantau] High: Outage <script>alert('x')</script> <!channel> & more", message.Subject, StringComparison.Ordinal);
        Assert.Equal("Pantau", message.From.Mailboxes.Single().Name);
        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType).ToArray());
        Assert.DoesNotContain("<script>", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Mallory", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://pantau.example.co.id/alerts/0f8fad5b", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_temporary_refusal_is_retryable_and_a_permanent_one_is_not()
    {
        var mailer = Mailer();
        var mail = AlertMail.Render(NoticeSamples.Spike());

        _server.RcptReply = "450 4.2.1 Mailbox busy, try later";
        var busy = await mailer.SendAsync(mail, "ana@nusantel.test", Ct);
        Assert.False(busy.Delivered);
        Assert.True(busy.Retryable);
        Assert.Equal(450, busy.StatusCode);
        Assert.Contains("ana@nusantel.test", busy.Error, StringComparison.Ordinal);

        _server.RcptReply = "550 5.1.1 No such user";
        var unknown = await mailer.SendAsync(mail, "nobody@nusantel.test", Ct);
        Assert.False(unknown.Retryable);
        Assert.Equal(550, unknown.StatusCode);

        _server.RcptReply = null;
        _server.DataReply = "554 5.7.1 Message rejected as spam";
        var spam = await mailer.SendAsync(mail, "ana@nusantel.test", Ct);
        Assert.False(spam.Retryable);
        Assert.Equal(554, spam.StatusCode);
        Assert.Contains("rejected as spam", spam.Error, StringComparison.Ordinal);

        _server.DataReply = "451 4.3.0 Local error";
        Assert.True((await mailer.SendAsync(mail, "ana@nusantel.test", Ct)).Retryable);
        Assert.Empty(_server.Received);
    }

    [Fact]
    public async Task Bad_recipients_missing_setup_and_an_unreachable_server_are_told_apart()
    {
        var mail = AlertMail.Render(NoticeSamples.Spike());
        var badList = await Mailer().SendAsync(mail, "not an address", Ct);
        Assert.False(badList.Retryable);
        Assert.Contains("recipients", badList.Error, StringComparison.Ordinal);

        var off = await Mailer(o => o.Host = "").SendAsync(mail, "ana@nusantel.test", Ct);
        Assert.False(off.Retryable);
        Assert.Contains("Alerts:Smtp:Host", off.Error, StringComparison.Ordinal);

        await _server.DisposeAsync();
        var down = await Mailer().SendAsync(mail, "ana@nusantel.test", Ct);
        Assert.False(down.Delivered);
        Assert.True(down.Retryable, down.Error);
    }

    [Fact]
    public void Options_need_a_sender_when_a_host_is_set()
    {
        var options = new AlertSmtpOptions { Host = "smtp.example.com", From = "" };
        Assert.Contains(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)), r => r.MemberNames.Contains(nameof(AlertSmtpOptions.From)));
        Assert.Empty(new AlertSmtpOptions().Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SmtpMailer Mailer(Action<AlertSmtpOptions>? configure = null)
    {
        var options = new AlertSmtpOptions
        {
            Host = "127.0.0.1",
            Port = _server.Port,
            Security = SecureSocketOptions.None,
            From = "alerts@pantau.test",
            Timeout = TimeSpan.FromSeconds(5),
        };
        configure?.Invoke(options);
        return new SmtpMailer(Options.Create(options), _time);
    }
}
