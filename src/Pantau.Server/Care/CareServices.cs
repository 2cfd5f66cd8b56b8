using Pantau.Server.Care.Cases;
using Pantau.Server.Care.Inbox;

namespace Pantau.Server.Care;

public static class CareServices
{
    /// <summary>The case engine: intake, assignment, SLA monitor, replies, the inbox.</summary>
    public static IServiceCollection AddCare(this IServiceCollection services)
    {
        services.AddOptions<CareOptions>().BindConfiguration(CareOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CaseIntakeSignal>();
        services.AddSingleton<ReplySignal>();
        services.AddSingleton<CaseFeed>();
        services.AddSingleton<CareConversations>();
        services.AddSingleton<AgentPresence>();
        services.AddSingleton<CasePresence>();
        services.AddSingleton<CareActors>();
        services.AddSingleton<CaseAssignment>();
        services.AddSingleton<CaseRefresher>();
        services.AddSingleton<CaseIntake>();
        services.AddSingleton<CaseReplies>();
        services.AddSingleton<CaseCommands>();
        services.AddSingleton<ReplyDispatcher>();
        services.AddSingleton<SlaMonitor>();
        services.AddSingleton<InboxQuery>();
        services.AddSingleton<CaseReader>();
        services.AddSingleton<Measures.CareMeasures>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseIntake>());
        services.AddHostedService(sp => sp.GetRequiredService<ReplyDispatcher>());
        services.AddHostedService(sp => sp.GetRequiredService<SlaMonitor>());
        return services;
    }
}
