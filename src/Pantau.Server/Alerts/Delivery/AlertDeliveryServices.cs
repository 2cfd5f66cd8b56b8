using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Pantau.Server.Alerts.Delivery;

public static class AlertDeliveryServices
{
    /// <summary>
    /// The outward channels of alerts and digests: options (<c>Alerts:Delivery</c>, <c>Alerts:Smtp</c>, validated at start),
    /// the guarded HTTP client, one sender per channel, <see cref="AlertSenders"/> and <see cref="DigestMail"/>.
    /// </summary>
    public static IServiceCollection AddAlertDelivery(this IServiceCollection services)
    {
        services.AddOptions<AlertDeliveryOptions>().BindConfiguration(AlertDeliveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AlertSmtpOptions>().BindConfiguration(AlertSmtpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ChannelHttp>();
        services.AddSingleton<SmtpMailer>();
        services.AddSingleton<IAlertChannelSender, EmailAlertSender>();
        services.AddSingleton<IAlertChannelSender, SlackSender>();
        services.AddSingleton<IAlertChannelSender, TeamsSender>();
        services.AddSingleton<IAlertChannelSender, TelegramSender>();
        services.AddSingleton<IAlertChannelSender, AlertWebhookSender>();
        services.AddSingleton<AlertSenders>();
        services.AddSingleton<DigestMail>();
        return services;
    }
}
