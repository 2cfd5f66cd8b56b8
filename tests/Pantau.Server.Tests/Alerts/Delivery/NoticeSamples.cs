using Microsoft.Extensions.Options;
using Pantau.Core.Alerts;
using Pantau.Server.Alerts.Delivery;

namespace Pantau.Server.Tests.Alerts.Delivery;

/// <summary>Alerts for the delivery tests, one of them full of what strangers write to break a message.</summary>
public static class NoticeSamples
{
    public const string Xss = "<script>alert('x')</script>";
    public const string TelegramToken = "123456789:AAHfiqksKZ8WmR2zSjiQ7_v4TMAKdiHm9T0";

    public static readonly DateTimeOffset FiredAt = new(2026, 3, 5, 7, 5, 0, TimeSpan.Zero); // 14:05 WIB

    public static AlertNotice Spike(string language = "en") => new(
        Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
        "Nusantel",
        AlertKind.Spike,
        AlertSeverity.High,
        "Negative mentions of Nusantel are 6.2× the usual",
        "142 negative mentions in the last hour; usually 23.",
        FiredAt,
        IsUpdate: false,
        IsEscalation: false,
        new Uri("https://pantau.example.co.id/alerts/0f8fad5b"),
        [
            new NoticeMention("X", "Budi Santoso", "budi_s", 12345, "Sinyal Nusantel hilang lagi dari pagi, parah!", new Uri("https://x.com/budi_s/status/1"), FiredAt.AddMinutes(-20), "negative"),
            new NoticeMention("Facebook", "Sari", null, 800, "Internet mati total di Bekasi", null, FiredAt.AddMinutes(-10), "negative"),
        ],
        language);

    /// <summary>Title, names and excerpts that try HTML, Slack mentions and links, markdown, control and bidi characters.</summary>
    public static AlertNotice Hostile(string language = "en") => Spike(language) with
    {
        Title = "Outage " + Xss + " <!channel> & more",
        Summary = "Line one\u0007\u202Eevil\r\nLine <@U024BE7LH> two " + new string('x', 3000),
        WorkspaceName = "Acme <b>Corp</b>",
        TopMentions =
        [
            new NoticeMention("X", "<img src=x onerror=alert(1)>", "@evil<@U1>", 999, "Click <https://evil.example|here> **now** [link](https://evil.example) " + Xss,
                new Uri("https://evil.example/a?b=\"c\"&d=<e>"), FiredAt, "negative"),
            new NoticeMention("Blog", "Mallory", null, 5, "ok", new Uri("javascript:alert(1)"), FiredAt, "neutral"),
        ],
    };

    public static IOptions<AlertDeliveryOptions> Options(Action<AlertDeliveryOptions>? configure = null)
    {
        var options = new AlertDeliveryOptions { AllowedHosts = ["localhost"], Timeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return Microsoft.Extensions.Options.Options.Create(options);
    }
}
