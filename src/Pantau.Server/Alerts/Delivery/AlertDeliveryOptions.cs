using System.ComponentModel.DataAnnotations;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>How alerts reach chat channels and webhooks. Section <c>Alerts:Delivery</c>.</summary>
public sealed class AlertDeliveryOptions : IValidatableObject
{
    public const string Section = "Alerts:Delivery";

    /// <summary>
    /// Hosts (optionally <c>host:port</c>) that may receive alerts although they resolve to a private, loopback or link-local
    /// address (a chat server or company system on the local network). Empty by default: such URLs are refused (SSRF).
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>Longest one delivery may take, from connecting to the response's status.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:02:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The Telegram Bot API; <c>bot&lt;token&gt;/sendMessage</c> is resolved against it (a local Bot API server, tests).</summary>
    [Required]
    public Uri TelegramApiBase { get; set; } = new("https://api.telegram.org/");

    /// <summary>Mentions quoted in one alert at most (the alert engine may pass more).</summary>
    [Range(0, 10)]
    public int MaxMentions { get; set; } = 5;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TelegramApiBase is not { IsAbsoluteUri: true } telegram || (telegram.Scheme != Uri.UriSchemeHttps && telegram.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult($"{Section}:TelegramApiBase must be an absolute http(s) URL.", [nameof(TelegramApiBase)]);
        }
    }
}
