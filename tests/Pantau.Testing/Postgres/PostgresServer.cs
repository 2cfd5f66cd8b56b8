using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;

namespace Pantau.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for tests, started from the machine's own binaries: <c>initdb</c> into a fresh
/// temporary folder, <c>postgres</c> on a free loopback port with fsync off, one database per caller
/// (<see cref="CreateDatabaseAsync"/>), and everything stopped and deleted on dispose.
/// Free of any test framework, so that every test project can use it; callers decide whether
/// <see cref="PostgresUnavailableException"/> skips (developer machine) or fails (<see cref="IsRequired"/>).
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    /// <summary>What a test says when PostgreSQL is missing on CI.</summary>
    public const string RequiredInCiMessage = "PostgreSQL is required when CI=true: apt-get install postgresql";

    private const string Superuser = "postgres";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly PostgresInstallation _installation;
    private readonly string _root;
    private readonly EventHandler _onProcessExit;
    private int _databases;
    private int _disposed;

    private PostgresServer(PostgresInstallation installation, string root, int port)
    {
        _installation = installation;
        _root = root;
        Port = port;
        AdminConnectionString = ConnectionString("postgres");
        _onProcessExit = (_, _) => StopQuietly();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;
    }

    /// <summary>True when CI=true: a missing PostgreSQL must fail the tests that need it, not skip them.</summary>
    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public int Port { get; }

    /// <summary>The temporary folder holding the cluster (<c>data/</c>), the socket and <c>server.log</c>.</summary>
    public string RootDirectory => _root;

    /// <summary>A connection string to the <c>postgres</c> maintenance database as the superuser.</summary>
    public string AdminConnectionString { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    /// <summary>Creates a cluster in a new temporary folder and starts a server on a free port.</summary>
    /// <exception cref="PostgresUnavailableException">PostgreSQL cannot run on this machine; the message says why.</exception>
    public static async Task<PostgresServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var installation = PostgresInstallation.Find();
        var root = CreateRootDirectory(installation);
        try
        {
            await RunAsync(
                installation,
                root,
                installation.InitDb,
                ["-D", Path.Combine(root, "data"), "-U", Superuser, "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
                cancellationToken);

            // A free port can be taken between probing and binding: try a few.
            Exception? last = null;
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var port = FreePort();
                var server = new PostgresServer(installation, root, port);
                try
                {
                    await server.StartServerAsync(cancellationToken);
                    await server.WaitUntilAcceptingAsync(cancellationToken);
                    return server;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    last = exception;
                    AppDomain.CurrentDomain.ProcessExit -= server._onProcessExit;
                    server.StopQuietly();
                }
            }

            throw new InvalidOperationException($"PostgreSQL did not start after 3 attempts. Server log:\n{ReadLog(Path.Combine(root, "server.log"))}", last);
        }
        catch
        {
            DeleteQuietly(root);
            throw;
        }
    }

    /// <summary>Creates an empty database with a unique name and returns a connection string to it.</summary>
    /// <param name="hint">Part of the name, to tell databases apart in logs (e.g. the test class).</param>
    public async Task<string> CreateDatabaseAsync(string hint, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var name = DatabaseName(hint, Interlocked.Increment(ref _databases));
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await RunAsync(_installation, _root, _installation.PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], timeout.Token);
        }
        catch (Exception)
        {
            KillPostmaster();
        }

        DeleteQuietly(_root);
    }

    private string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = Superuser,
        Database = database,
        Timeout = 30,
        CommandTimeout = 60,
    }.ConnectionString;

    private Task StartServerAsync(CancellationToken cancellationToken)
    {
        var options = string.Join(
            ' ',
            "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-k", _root,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off",
            "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off",
            "-c", "max_connections=200");
        return RunAsync(
            _installation,
            _root,
            _installation.PgCtl,
            ["start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", options],
            cancellationToken);
    }

    private async Task WaitUntilAcceptingAsync(CancellationToken cancellationToken)
    {
        // pg_ctl -w already waits for readiness; this also proves the TCP listener answers.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString);
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (NpgsqlException) when (attempt < 50)
            {
                await Task.Delay(100, cancellationToken);
            }
        }
    }

    private void StopQuietly()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            RunAsync(_installation, _root, _installation.PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], timeout.Token)
                .GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            KillPostmaster();
        }
    }

    private void KillPostmaster()
    {
        try
        {
            var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
            if (File.Exists(pidFile)
                && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                using var process = System.Diagnostics.Process.GetProcessById(pid);
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception)
        {
            // Nothing more can be done; the folder is removed anyway.
        }
    }

    private static string CreateRootDirectory(PostgresInstallation installation)
    {
        // Another user must be able to reach the folder, so under root it goes to /tmp rather than a private TMPDIR.
        var parent = installation.RunAsUser is null ? Path.GetTempPath() : "/tmp";
        var root = Path.Combine(parent, "pantau-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(root);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (installation.RunAsUser is { } user)
        {
            RunAsync(installation with { RunAsUser = null }, parent, "chown", [$"{user}:", root], CancellationToken.None)
                .GetAwaiter().GetResult();
        }

        return root;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string DatabaseName(string hint, int number)
    {
        var builder = new StringBuilder("t_");
        foreach (var c in hint.ToLowerInvariant())
        {
            if (builder.Length >= 40)
            {
                break;
            }

            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_');
        }

        return builder.Append(CultureInfo.InvariantCulture, $"_{number}_{Guid.NewGuid().ToString("N")[..8]}").ToString();
    }

    private static async Task RunAsync(
        PostgresInstallation installation, string workingDirectory, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new System.Diagnostics.ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };

        if (installation.RunAsUser is null)
        {
            start.FileName = program;
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
        }
        else if (File.Exists("/usr/sbin/runuser") || File.Exists("/sbin/runuser"))
        {
            start.FileName = File.Exists("/usr/sbin/runuser") ? "/usr/sbin/runuser" : "/sbin/runuser";
            foreach (var argument in (string[])["-u", installation.RunAsUser, "--", program, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = File.Exists("/bin/su") ? "/bin/su" : "/usr/bin/su";
            foreach (var argument in (string[])[installation.RunAsUser, "-s", "/bin/sh", "-c", string.Join(' ', new[] { program }.Concat(arguments).Select(ShellQuote))])
            {
                start.ArgumentList.Add(argument);
            }
        }

        // Locale settings of the caller may name a locale that is not installed; the cluster uses C anyway.
        start.Environment["LC_ALL"] = "C";
        start.Environment["LANG"] = "C";

        using var process = System.Diagnostics.Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CommandTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var text = (await output + await error).Trim();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(workingDirectory, "server.log");
            throw new InvalidOperationException(
                $"'{Path.GetFileName(program)} {string.Join(' ', arguments)}' exited with {process.ExitCode}"
                + (installation.RunAsUser is null ? "" : $" (run as '{installation.RunAsUser}')")
                + $":\n{text}" + (File.Exists(log) ? $"\nServer log:\n{ReadLog(log)}" : ""));
        }
    }

    private static string ReadLog(string path)
    {
        try
        {
            var lines = File.ReadAllLines(path);
            return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 40)));
        }
        catch (IOException)
        {
            return "(no server log)";
        }
        catch (UnauthorizedAccessException)
        {
            return "(server log not readable)";
        }
    }

    private static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void DeleteQuietly(string path)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100);
            }
            catch (UnauthorizedAccessException)
            {
                return;
            }
        }
    }
}
