using System.ComponentModel.DataAnnotations;
using MailKit.Security;
using MimeKit;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>The SMTP server that sends alert and digest e-mail. Section <c>Alerts:Smtp</c>; no host means e-mail is off.</summary>
public sealed class AlertSmtpOptions : IValidatableObject
{
    public const string Section = "Alerts:Smtp";

    /// <summary>The SMTP server; empty turns e-mail delivery off (sends fail, not retryable, saying so).</summary>
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>None, StartTls (port 587), SslOnConnect (port 465), StartTlsWhenAvailable or Auto (by port).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Login, when the server asks for one; empty sends without authenticating.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>alerts@pantau.example.co.id</c>; required when <see cref="Host"/> is set.</summary>
    public string From { get; set; } = "";

    /// <summary>The sender's display name.</summary>
    public string FromName { get; set; } = "Pantau";

    /// <summary>Longest one message may take, from connecting to the server's answer to the data.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Recipients of one message at most.</summary>
    [Range(1, 500)]
    public int MaxRecipients { get; set; } = 50;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && !MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult($"{Section}:From must be an e-mail address when {Section}:Host is set.", [nameof(From)]);
        }

        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult($"{Section}:UserName and {Section}:Password are set together or not at all.", [nameof(UserName)]);
        }
    }
}
