using System.Diagnostics;

namespace Pantau.LoadGen;

/// <summary>The pantau executable beside this one, run as a child process in a folder of its own.</summary>
internal static class Pantau
{
    public const string AdminPassword = "LoadGen-Password-1";

    private static ProcessStartInfo StartInfo(string folder, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pantau.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PANTAU_ADMIN_PASSWORD"] = AdminPassword;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["PANTAU_LOGGING__LOGLEVEL__DEFAULT"] = "Warning";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>Starts <c>pantau serve</c> on <paramref name="baseAddress"/>, its output drained.</summary>
    public static Process StartServer(string folder, string baseAddress, IReadOnlyDictionary<string, string>? environment = null)
    {
        var process = Process.Start(StartInfo(folder, ["--urls", baseAddress], environment))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a pantau CLI command and returns what it printed.</summary>
    public static async Task<string> RunAsync(string folder, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Process.Start(StartInfo(folder, arguments, null))!;
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return output;
    }

    public static async Task WaitReadyAsync(string baseAddress, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri($"{baseAddress}/readyz"), cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException("pantau did not become ready");
    }
}
