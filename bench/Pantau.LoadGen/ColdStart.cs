using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Pantau.LoadGen;

/// <summary>Time from starting the pantau process on an empty data folder to /readyz answering 200.</summary>
internal static class ColdStart
{
    public static async Task<int> RunAsync(int runs, CancellationToken cancellationToken)
    {
        var executable = Path.Combine(AppContext.BaseDirectory, "pantau.dll");
        var times = new List<double>();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        for (var run = 0; run <= runs; run++)
        {
            var folder = Directory.CreateTempSubdirectory("pantau-coldstart-").FullName;
            var port = FreePort();
            var info = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            info.ArgumentList.Add(executable);
            info.ArgumentList.Add("--urls");
            info.ArgumentList.Add($"http://127.0.0.1:{port}");
            info.Environment["PANTAU_ADMIN_PASSWORD"] = "ColdStart-Password-1";
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEndAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter();
            process.StandardError.ReadToEndAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default).GetAwaiter();
            while (true)
            {
                try
                {
                    if ((await http.GetAsync(new Uri($"http://127.0.0.1:{port}/readyz"), cancellationToken)).StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }

                if (clock.Elapsed > TimeSpan.FromSeconds(60) || process.HasExited)
                {
                    Console.Error.WriteLine("pantau did not become ready");
                    return 1;
                }

                await Task.Delay(10, cancellationToken);
            }

            var elapsed = clock.Elapsed.TotalMilliseconds;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(cancellationToken);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            if (run == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up run: {elapsed:N0} ms (not counted: fills the OS file cache)"));
                continue;
            }

            times.Add(elapsed);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {elapsed:N0} ms"));
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"RESULT coldstart: median {times[times.Count / 2]:N0} ms, worst {times[^1]:N0} ms over {times.Count} runs (fresh SQLite, demo on, {Environment.ProcessorCount} cores)"));
        return 0;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
