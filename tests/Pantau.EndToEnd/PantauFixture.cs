using Pantau.Testing;
using Pantau.Testing.Feeds;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Pantau.EndToEnd.PantauFixture))]

namespace Pantau.EndToEnd;

/// <summary>
/// One real server (fresh data folder, fast demo) and one headless chromium for all browser tests. Also an API key
/// and a webhook source, so a test can push a post and watch it arrive in the browser deterministically.
/// </summary>
public sealed class PantauFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string AdminEmail = "admin@pantau.local";
    public const string AdminPassword = "e2e-Admin-Passw0rd";
    public const string ViewerEmail = "viewer@pantau.local";
    public const string ViewerPassword = "e2e-Viewer-Passw0rd";
    public const string SecondWorkspace = "Toko Kedua";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly string _workingDirectory = Path.Combine(Path.GetTempPath(), "pantau-e2e-" + Guid.NewGuid().ToString("N")[..12]);
    private PantauProcess? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private HttpClient? _api;
    private LocalFeedHost? _feeds;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    public string BaseAddress => Server.BaseAddress;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Unavailable ?? "The browser did not start.");

    public Guid DemoWorkspaceId { get; private set; }

    public Guid WebhookSourceId { get; private set; }

    /// <summary>Screenshots land beside the test assembly, in <c>screenshots/</c>.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Whether the bundled demo corpus has posts (it is written separately and may still be empty).</summary>
    public static bool DemoCorpusHasPosts
    {
        get
        {
            var corpus = Path.Combine(ServerBuild.RepositoryRoot, "src", "Pantau.Connectors", "Demo", "demo-corpus.jsonl");
            return File.Exists(corpus) && new FileInfo(corpus).Length > 10;
        }
    }

    /// <summary>A local web server for blogs and feeds, which the server is allowed to fetch from (Feeds:AllowedHosts).</summary>
    public LocalFeedHost Feeds => _feeds ?? throw new InvalidOperationException(Unavailable ?? "The feed host did not start.");

    private PantauProcess Server => _server ?? throw new InvalidOperationException("The server did not start.");

    private HttpClient Api => _api ?? throw new InvalidOperationException("The API client is not ready.");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium). Browsers are never downloaded.");
            }

            Unavailable = $"{ChromiumPath} is missing; install Debian's chromium package to run the browser tests.";
            return;
        }

        var ct = TestContext.Current.CancellationToken;
        Directory.CreateDirectory(_workingDirectory);
        Directory.CreateDirectory(ScreenshotDirectory);
        _feeds = await LocalFeedHost.StartAsync(ct);
        _server = PantauProcess.StartServer(ServerBuild.Executable, _workingDirectory, ServerEnvironment());
        await Server.WaitUntilReadyAsync(TimeSpan.FromSeconds(120), ct);

        // An API key for the demo workspace, from the CLI in the same data folder (it prints the key once).
        var (exit, output, error) = await PantauProcess.RunAsync(ServerBuild.Executable, _workingDirectory, ["apikey", "create", "--workspace", "demo", "--name", "e2e"], ServerEnvironment(), ct);
        if (exit != 0)
        {
            throw new InvalidOperationException($"pantau apikey create failed ({exit}): {output}{error}");
        }

        // A viewer who belongs to the demo and to a second workspace: read-only pages and the workspace switcher.
        foreach (var workspace in new[] { "demo", SecondWorkspace })
        {
            var added = await PantauProcess.RunAsync(ServerBuild.Executable, _workingDirectory,
                ["user", "add", "--email", ViewerEmail, "--role", "Viewer", "--workspace", workspace, "--password", ViewerPassword], ServerEnvironment(), ct);
            if (added.ExitCode != 0)
            {
                throw new InvalidOperationException($"pantau user add failed ({added.ExitCode}): {added.Output}{added.Error}");
            }
        }

        var key = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        _api = new HttpClient { BaseAddress = new Uri(BaseAddress), Timeout = TimeSpan.FromSeconds(30) };
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var workspaces = await Api.GetFromJsonAsync<List<WorkspaceRow>>("/api/v1/workspaces", Json, ct) ?? [];
        DemoWorkspaceId = workspaces.Single(w => w.Slug == "demo").Id;
        using var created = await Api.PostAsJsonAsync($"/api/v1/workspaces/{DemoWorkspaceId}/sources", new { kind = "webhook", name = "E2E webhook" }, Json, ct);
        created.EnsureSuccessStatusCode();
        WebhookSourceId = (await created.Content.ReadFromJsonAsync<SourceRow>(Json, ct))!.Id;

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Throws xunit's skip when the browser tests cannot run on this machine (never on CI).</summary>
    public void SkipIfUnavailable()
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }
    }

    /// <summary>Pushes posts through the webhook source, as a company's own system would; returns once they are stored.</summary>
    public async Task PushAsync(IEnumerable<object> posts, CancellationToken cancellationToken)
    {
        using var response = await Api.PostAsJsonAsync($"/api/v1/workspaces/{DemoWorkspaceId}/sources/{WebhookSourceId}/posts", new { posts }, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Push failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>
    /// Marks the one stored mention whose text contains <paramref name="search"/> as spam, as an agent's correction
    /// would (the models' own verdict is not something a test can count on); returns its id.
    /// </summary>
    public async Task<long> MarkSpamAsync(string search, CancellationToken cancellationToken)
    {
        var mentions = $"/api/v1/workspaces/{DemoWorkspaceId}/mentions";
        using var page = await Api.GetAsync($"{mentions}?spam=include&q={Uri.EscapeDataString(search)}", cancellationToken);
        page.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await page.Content.ReadAsStringAsync(cancellationToken));
        var id = json.RootElement.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetInt64();
        using var corrected = await Api.PostAsJsonAsync($"{mentions}/{id}/corrections", new { spam = true }, Json, cancellationToken);
        if (!corrected.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Correction failed: {(int)corrected.StatusCode} {await corrected.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return id;
    }

    /// <summary>Posts JSON to the demo workspace's API (path relative to the workspace); throws with the answer when it fails.</summary>
    public async Task PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await Api.PostAsJsonAsync($"/api/v1/workspaces/{DemoWorkspaceId}/{path}", body, Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    /// <summary>Reads a JSON document from the demo workspace's API (path relative to the workspace).</summary>
    public async Task<JsonDocument> GetAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await Api.GetAsync($"/api/v1/workspaces/{DemoWorkspaceId}/{path}", cancellationToken);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>A browser context with its own cookies, in Indonesian like most users.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1366, int height = 768, string locale = "id-ID")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            TimezoneId = "Asia/Jakarta",
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        _api?.Dispose();
        if (_feeds is not null)
        {
            await _feeds.DisposeAsync();
        }

        if (_server is not null)
        {
            var log = _server.Output;
            await _server.DisposeAsync();
            await File.WriteAllTextAsync(Path.Combine(ScreenshotDirectory, "server.log"), log);
        }

        try
        {
            Directory.Delete(_workingDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private Dictionary<string, string> ServerEnvironment() => new()
    {
        ["PANTAU_ADMIN_PASSWORD"] = AdminPassword,
        ["PANTAU_DEMO__SPEED"] = "200",
        ["PANTAU_FEEDS__ALLOWEDHOSTS__0"] = Feeds.Authority,

        // Alert channels may point at the local host too (a webhook channel's "send test" reaches it).
        ["PANTAU_ALERTS__DELIVERY__ALLOWEDHOSTS__0"] = Feeds.Authority,
    };

    private sealed record WorkspaceRow(Guid Id, string Name, string Slug);

    private sealed record SourceRow(Guid Id);
}
