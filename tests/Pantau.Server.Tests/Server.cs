using Pantau.Testing;

namespace Pantau.Server.Tests;

/// <summary>The <c>pantau</c> executable copied beside these tests by the project reference.</summary>
internal static class Server
{
    public static string Executable => Path.Combine(AppContext.BaseDirectory, "pantau.dll");

    public static PantauProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment = null) =>
        PantauProcess.StartServer(Executable, workingDirectory, environment);

    /// <summary>Runs a CLI command to the end; the output is standard output then standard error.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IReadOnlyList<string> arguments)
    {
        var (code, output, error) = await PantauProcess.RunAsync(Executable, workingDirectory, arguments, cancellationToken: TestContext.Current.CancellationToken);
        return (code, output + error);
    }

    /// <summary>Runs a CLI command to the end with the given standard input; standard output and standard error apart.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunPipedAsync(string workingDirectory, IReadOnlyList<string> arguments, string? standardInput = null) =>
        PantauProcess.RunAsync(Executable, workingDirectory, arguments, standardInput, cancellationToken: TestContext.Current.CancellationToken);
}
