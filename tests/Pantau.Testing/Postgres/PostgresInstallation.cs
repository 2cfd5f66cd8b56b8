using System.Globalization;

namespace Pantau.Testing.Postgres;

/// <summary>
/// Where the PostgreSQL server binaries are and which system user runs them. initdb and postgres refuse to run as
/// root, so under root they run as the <c>postgres</c> system user that Debian's package creates; none is created here.
/// </summary>
public sealed record PostgresInstallation(string BinDirectory, string? RunAsUser)
{
    /// <summary>Optional override: a folder holding initdb, pg_ctl and postgres.</summary>
    public const string BinDirectoryVariable = "PANTAU_PG_BIN";

    private const string SystemUser = "postgres";
    private static readonly string[] Binaries = ["initdb", "pg_ctl", "postgres"];

    public string InitDb => Path.Combine(BinDirectory, "initdb");
    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    /// <summary>Finds the binaries: <see cref="BinDirectoryVariable"/>, then PATH, then the newest /usr/lib/postgresql/*/bin.</summary>
    /// <exception cref="PostgresUnavailableException">No binaries, or running as root with no <c>postgres</c> user.</exception>
    public static PostgresInstallation Find()
    {
        var bin = FindBinDirectory()
            ?? throw new PostgresUnavailableException(
                "PostgreSQL server binaries (initdb, pg_ctl, postgres) were not found on PATH, in /usr/lib/postgresql/*/bin "
                + $"or in ${BinDirectoryVariable}. Install them with: apt-get install postgresql");

        if (!IsRoot())
        {
            return new PostgresInstallation(bin, null);
        }

        if (!SystemUserExists(SystemUser))
        {
            throw new PostgresUnavailableException(
                $"Tests run as root, PostgreSQL refuses to run as root, and there is no '{SystemUser}' system user to run it as "
                + "(apt-get install postgresql creates one).");
        }

        if (!File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser") && !File.Exists("/bin/su") && !File.Exists("/usr/bin/su"))
        {
            throw new PostgresUnavailableException($"Tests run as root and neither runuser nor su is available to run PostgreSQL as '{SystemUser}'.");
        }

        return new PostgresInstallation(bin, SystemUser);
    }

    internal static bool IsRoot() =>
        string.Equals(Environment.UserName, "root", StringComparison.Ordinal) || (OperatingSystem.IsLinux() && EffectiveUserId() == 0);

    private static string? FindBinDirectory()
    {
        var overridden = Environment.GetEnvironmentVariable(BinDirectoryVariable);
        if (!string.IsNullOrWhiteSpace(overridden) && HasBinaries(overridden))
        {
            return overridden;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(folder, "initdb");
            if (!File.Exists(initdb))
            {
                continue;
            }

            // /usr/local/bin/initdb may be a symlink: use the folder it really lives in, where its siblings are.
            var real = File.ResolveLinkTarget(initdb, returnFinalTarget: true)?.FullName ?? initdb;
            var realFolder = Path.GetDirectoryName(Path.GetFullPath(real));
            if (realFolder is not null && HasBinaries(realFolder))
            {
                return realFolder;
            }

            if (HasBinaries(folder))
            {
                return folder;
            }
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        return Directory.EnumerateDirectories(debianRoot)
            .Select(d => (Folder: Path.Combine(d, "bin"), Version: ParseVersion(Path.GetFileName(d))))
            .Where(d => HasBinaries(d.Folder))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Folder)
            .FirstOrDefault();
    }

    private static bool HasBinaries(string folder) => Binaries.All(b => File.Exists(Path.Combine(folder, b)));

    private static Version ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : new Version(0, 0);

    private static bool SystemUserExists(string user)
    {
        try
        {
            return File.ReadLines("/etc/passwd").Any(line => line.StartsWith(user + ":", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static int EffectiveUserId()
    {
        try
        {
            // "Uid:\treal\teffective\tsaved\tfilesystem"
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
            var fields = line?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: >= 3 } && int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var euid) ? euid : -1;
        }
        catch (IOException)
        {
            return -1;
        }
    }
}

/// <summary>PostgreSQL cannot be run here at all (not installed, or no user to run it as); the message says why.</summary>
public sealed class PostgresUnavailableException : Exception
{
    public PostgresUnavailableException()
    {
    }

    public PostgresUnavailableException(string message)
        : base(message)
    {
    }

    public PostgresUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
