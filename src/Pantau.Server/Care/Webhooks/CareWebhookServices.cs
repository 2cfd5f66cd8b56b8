using Pantau.Server.Care.Csat;

namespace Pantau.Server.Care.Webhooks;

public static class CareWebhookServices
{
    /// <summary>Case webhooks (outbox, sender, editor) and satisfaction surveys, which share the public links.</summary>
    public static IServiceCollection AddCareWebhooksAndCsat(this IServiceCollection services)
    {
        services.AddOptions<CareWebhookOptions>().BindConfiguration(CareWebhookOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CareLinkOptions>().BindConfiguration(CareLinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CareLinks>();
        services.AddSingleton<CareWebhookSecrets>();
        services.AddSingleton<CareWebhookOutbox>();
        services.AddSingleton<CareWebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<CareWebhookSender>());
        services.AddSingleton<CareWebhookEditor>();
        services.AddSingleton<CsatSurveys>();
        services.AddSingleton<CsatAnswers>();
        return services;
    }
}
