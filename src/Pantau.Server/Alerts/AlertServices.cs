using Pantau.Server.Alerts.Crises;
using Pantau.Server.Alerts.Delivery;
using Pantau.Server.Alerts.Digests;
using Pantau.Server.Alerts.Dispatch;
using Pantau.Server.Alerts.Settings;
using Pantau.Server.Alerts.Stories;

namespace Pantau.Server.Alerts;

public static class AlertServices
{
    /// <summary>Stories, the alert engine, delivery and the crisis room.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddSingleton<AlertFeed>();
        services.AddSingleton<AlertEngineSignal>();
        services.AddSingleton<AlertDeliverySignal>();
        services.AddSingleton<AlertReader>();
        services.AddSingleton<AlertCommands>();
        services.AddSingleton<StoryReader>();
        services.AddSingleton<CrisisRoom>();
        services.AddSingleton<CrisisReader>();
        services.AddSingleton<Rules.AlertRuleCatalog>();
        services.AddSingleton<AlertOutbox>();
        services.AddAlertDelivery();
        services.AddOptions<AlertDispatchOptions>().BindConfiguration(AlertDispatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AlertChannelSecrets>();
        services.AddSingleton<AlertLinks>();
        services.AddSingleton<AlertNotices>();
        services.AddHostedService<AlertDispatcher>();
        services.AddSingleton<AlertEscalator>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertEscalator>());
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<DigestScheduler>());
        services.AddSingleton<AlertSettingsEditor>();
        services.AddSingleton<AlertChannelEditor>();
        services.AddSingleton<AuthorListEditor>();
        services.AddSingleton<AlertRuleEditor>();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new Core.Alerts.AlertIncidentPolicy());
        services.AddSingleton<Engine.AlertRaiser>();
        services.AddSingleton<Engine.AlertEngine>();
        services.AddHostedService(sp => sp.GetRequiredService<Engine.AlertEngine>());
        return services;
    }
}
