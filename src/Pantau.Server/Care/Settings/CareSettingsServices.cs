namespace Pantau.Server.Care.Settings;

public static class CareSettingsServices
{
    /// <summary>Care configuration: the policy cache the case engine reads, and the editors behind the API and the settings page.</summary>
    public static IServiceCollection AddCareSettings(this IServiceCollection services)
    {
        services.AddSingleton<CarePolicies>();
        services.AddSingleton<CareSettingsEditor>();
        services.AddSingleton<TeamEditor>();
        services.AddSingleton<RoutingRuleEditor>();
        services.AddSingleton<CannedResponseEditor>();
        services.AddSingleton<CareDemoSeeder>();
        return services;
    }
}
