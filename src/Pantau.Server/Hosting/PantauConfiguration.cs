namespace Pantau.Server.Hosting;

public static class PantauConfiguration
{
    public const string EnvironmentPrefix = "PANTAU_";
    public const string DefaultUrls = "http://localhost:5080";

    /// <summary>
    /// appsettings.json, then <c>PANTAU_</c> environment variables (<c>PANTAU_STORAGE__PROVIDER</c>), then the command
    /// line (<c>--urls</c>, <c>--Storage:Provider=PostgreSql</c>): later sources win.
    /// </summary>
    public static void AddPantauSources(this IConfigurationManager configuration, string[] args)
    {
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddCommandLine(args);
        if (string.IsNullOrEmpty(configuration["urls"]))
        {
            configuration["urls"] = DefaultUrls;
        }
    }
}
