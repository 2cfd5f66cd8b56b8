using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Server.Hosting;
using Pantau.Server.Pipeline;

namespace Pantau.LoadGen;

/// <summary>
/// The whole server in-process on a fresh SQLite file, the demo source replaying the corpus as fast as the
/// pipeline takes it (speed 0, looping with new ids), measured after a warm-up.
/// </summary>
internal static class PipelineThroughput
{
    public static async Task<int> RunAsync(int seconds, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("pantau-loadgen-").FullName;
        try
        {
            var app = PantauServer.Build(
            [
                "--urls=http://127.0.0.1:0",
                $"--Storage:DataDirectory={folder}",
                "--Demo:Speed=0",
                "--Demo:Loop=true",
                "--ADMIN_PASSWORD=LoadGen-Password-1",
                "--Logging:LogLevel:Default=Warning",
            ]);
            await app.StartAsync(cancellationToken);
            var metrics = app.Services.GetRequiredService<PipelineMetrics>();

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken); // warm-up: JIT, first passes
            var (received0, stored0) = (metrics.TotalReceived, metrics.TotalStored);
            var clock = Stopwatch.StartNew();
            for (var i = 1; i <= seconds; i++)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i,3} s  received {(metrics.TotalReceived - received0) / clock.Elapsed.TotalSeconds,10:N0} posts/s   stored {(metrics.TotalStored - stored0) / clock.Elapsed.TotalSeconds,10:N0} mentions/s"));
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            var received = (metrics.TotalReceived - received0) / elapsed;
            var stored = (metrics.TotalStored - stored0) / elapsed;
            await app.StopAsync(cancellationToken);
            await app.DisposeAsync();
            var size = new FileInfo(Path.Combine(folder, "pantau.db")).Length + (File.Exists(Path.Combine(folder, "pantau.db-wal")) ? new FileInfo(Path.Combine(folder, "pantau.db-wal")).Length : 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT pipeline: {received:N0} posts/s through the pipeline, {stored:N0} mentions/s stored into SQLite over {elapsed:N1} s ({Environment.ProcessorCount} cores; database {size / 1048576.0:N0} MiB)"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
