using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pantau.Testing;

/// <summary>
/// The real <c>pantau</c> executable as a child process in a folder of its own, for tests that meet Pantau as a user
/// does: its command line, a server that is killed, a browser session. It never inherits the test host's settings.
/// </summary>
public sealed class PantauProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PantauProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string BaseAddress => $"http://127.0.0.1:{Port}";

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>pantau serve</c> on a free loopback port.</summary>
    /// <param name="executable">The path of <c>pantau.dll</c>.</param>
    public static PantauProcess StartServer(string executable, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FreePort();
        return new PantauProcess(StartProcess(executable, workingDirectory, ["serve", "--urls", $"http://127.0.0.1:{port}"], environment), port);
    }

    /// <summary>Runs a CLI command (<c>pantau apikey create …</c>) to the end.</summary>
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(
        string executable, string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(executable, workingDirectory, arguments, standardInput: null, environment, cancellationToken);

    /// <summary>Runs a CLI command to the end with <paramref name="standardInput"/>, when given, as its standard input (UTF-8).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string executable, string workingDirectory, IReadOnlyList<string> arguments, string? standardInput,
        IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
    {
        using var process = StartProcess(executable, workingDirectory, arguments, environment, redirectInput: standardInput is not null);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        if (standardInput is not null)
        {
            try
            {
                await process.StandardInput.WriteAsync(standardInput.AsMemory(), cancellationToken);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The command stopped before reading it all (a bad argument); its exit code and output tell why.
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"pantau exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"{BaseAddress}/readyz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
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

            await Task.Delay(150, cancellationToken);
        }

        throw new TimeoutException($"pantau was not ready after {timeout}:\n{Output}");
    }

    /// <summary>Like <c>kill -9</c>: no shutdown code runs.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await _process.WaitForExitAsync(timeout.Token);
        }

        _process.Dispose();
    }

    private static Process StartProcess(
        string executable, string workingDirectory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment, bool redirectInput = false)
    {
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"The pantau server is not built at {executable}. Build the solution first.", executable);
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = redirectInput,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = redirectInput ? utf8 : null,
            StandardOutputEncoding = utf8,
            StandardErrorEncoding = utf8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(executable);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The child must not inherit the test host's Pantau or ASP.NET Core settings.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("PANTAU_", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["PANTAU_LOGGING__LOGLEVEL__DEFAULT"] = "Warning";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("Could not start pantau.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
