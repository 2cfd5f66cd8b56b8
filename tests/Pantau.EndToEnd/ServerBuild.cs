using System.Reflection;

namespace Pantau.EndToEnd;

/// <summary>Where the server project's build output is (set at build time by Pantau.EndToEnd.csproj).</summary>
public static class ServerBuild
{
    /// <summary><c>pantau.dll</c> in the server project's output (PANTAU_E2E_SERVER_DLL overrides it).</summary>
    public static string Executable =>
        Environment.GetEnvironmentVariable("PANTAU_E2E_SERVER_DLL") is { Length: > 0 } given ? given : Metadata("PantauServerDll");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    private static string Metadata(string key) =>
        typeof(ServerBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; it is set by Pantau.EndToEnd.csproj.");
}
