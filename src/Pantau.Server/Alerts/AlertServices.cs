using Pantau.Server.Alerts.Crises;
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
        services.AddSingleton<Dispatch.AlertOutbox>();
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(new Core.Alerts.AlertIncidentPolicy());
        services.AddSingleton<Engine.AlertRaiser>();
        services.AddSingleton<Engine.AlertEngine>();
        services.AddHostedService(sp => sp.GetRequiredService<Engine.AlertEngine>());
        return services;
    }
}
