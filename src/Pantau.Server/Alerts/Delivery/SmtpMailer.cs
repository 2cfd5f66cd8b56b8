using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// Sends a <see cref="RenderedMail"/> through the configured SMTP server with MailKit, as multipart/alternative (text, then
/// HTML). The server's 4xx replies (greylisting, mailbox busy), dropped connections and timeouts are retryable; 5xx replies,
/// refused logins and TLS failures are not.
/// </summary>
public sealed class SmtpMailer(IOptions<AlertSmtpOptions> options, TimeProvider time)
{
    /// <summary>Builds the message (public so tests and previews see exactly what is sent).</summary>
    public MimeMessage Compose(RenderedMail mail, IEnumerable<MailboxAddress> recipients)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(settings.FromName, settings.From));
        message.To.AddRange(recipients);
        message.Subject = NoticeText.Line(mail.Subject, 250);
        message.Date = time.GetUtcNow();
        message.Headers.Add("Auto-Submitted", "auto-generated"); // RFC 3834: no out-of-office replies to an alert
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }

    /// <summary>Recipients from a comma- (or semicolon-) separated list; null with the reason when it is not one.</summary>
    public IReadOnlyList<MailboxAddress>? ParseRecipients(string? addresses, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(addresses) || !InternetAddressList.TryParse(addresses.Replace(';', ','), out var list))
        {
            error = "the recipients are not a list of e-mail addresses";
            return null;
        }

        var mailboxes = list.Mailboxes.Where(m => m.Address.Contains('@', StringComparison.Ordinal)).ToList();
        if (mailboxes.Count == 0 || mailboxes.Count != list.Count)
        {
            error = "the recipients are not a list of e-mail addresses";
            return null;
        }

        if (mailboxes.Count > options.Value.MaxRecipients)
        {
            error = $"more than {options.Value.MaxRecipients.ToString(CultureInfo.InvariantCulture)} recipients";
            return null;
        }

        return mailboxes;
    }

    /// <summary>Sends to the comma-separated <paramref name="recipients"/>.</summary>
    public Task<DeliveryOutcome> SendAsync(RenderedMail mail, string recipients, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.FromResult(DeliveryOutcome.Failure($"e-mail is not set up ({AlertSmtpOptions.Section}:Host is empty)", retryable: false));
        }

        var to = ParseRecipients(recipients, out var error);
        return to is null
            ? Task.FromResult(DeliveryOutcome.Failure(error!, retryable: false))
            : SendAsync(Compose(mail, to), cancellationToken);
    }

    public async Task<DeliveryOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, settings.Security, linked.Token);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", linked.Token);
            }

            var reply = await client.SendAsync(message, linked.Token);
            await client.DisconnectAsync(quit: true, linked.Token);
            return new DeliveryOutcome(true, false, null, null, ReplyCode(reply) ?? 250);
        }
        catch (SmtpCommandException exception)
        {
            var code = (int)exception.StatusCode;
            var what = exception.ErrorCode switch
            {
                SmtpErrorCode.RecipientNotAccepted => $"the recipient {exception.Mailbox?.Address}",
                SmtpErrorCode.SenderNotAccepted => $"the sender {exception.Mailbox?.Address}",
                _ => "the message",
            };
            var retryable = code is >= 400 and < 500;
            return DeliveryOutcome.Failure(
                $"the SMTP server {settings.Host} refused {what}: {code.ToString(CultureInfo.InvariantCulture)} {NoticeText.Line(exception.Message, 300)}",
                retryable,
                code);
        }
        catch (AuthenticationException exception)
        {
            return DeliveryOutcome.Failure($"the SMTP server {settings.Host} refused the login: {NoticeText.Line(exception.Message, 300)}", retryable: false);
        }
        catch (SslHandshakeException exception)
        {
            return DeliveryOutcome.Failure($"TLS with {settings.Host} failed (check {AlertSmtpOptions.Section}:Security and the certificate): {NoticeText.Line(exception.Message, 300)}", retryable: false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return DeliveryOutcome.Failure($"no answer within {settings.Timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s from the SMTP server {settings.Host}", retryable: true);
        }
        catch (Exception exception) when (exception is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException or TimeoutException)
        {
            return DeliveryOutcome.Failure($"the SMTP exchange with {settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)} broke: {NoticeText.Line(exception.Message, 300)}", retryable: true);
        }
    }

    /// <summary>The code at the start of the server's reply to the data ("250 2.0.0 Ok: queued"), if it has one.</summary>
    private static int? ReplyCode(string? reply) =>
        reply is { Length: >= 3 } && int.TryParse(reply.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;
}
