using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Pantau.LoadGen;

/// <summary>
/// Starts pantau (demo on), opens the live stream in headless Chromium, pushes posts through the webhook API at a
/// steady rate, and records in the page (a MutationObserver) when each one appears. Latency is appearance time
/// minus the moment the post was sent, both read from this machine's clock.
/// </summary>
internal static class BrowserLatency
{

    public static async Task<int> RunAsync(int posts, double rate, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("pantau-latency-").FullName;
        var port = 5300 + Random.Shared.Next(1000);
        var baseAddress = $"http://127.0.0.1:{port}";
        using var server = Pantau.StartServer(folder, baseAddress);
        try
        {
            await Pantau.WaitReadyAsync(baseAddress, cancellationToken);
            var key = (await Pantau.RunAsync(folder, ["apikey", "create", "--workspace", "demo"], cancellationToken)).Trim();
            using var api = new HttpClient { BaseAddress = new Uri(baseAddress) };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var workspace = JsonNode.Parse(await api.GetStringAsync(new Uri("/api/v1/workspaces", UriKind.Relative), cancellationToken))!.AsArray()[0]!;
            var ws = workspace["id"]!.GetValue<Guid>();
            var slug = workspace["slug"]!.GetValue<string>();
            var source = await (await api.PostAsJsonAsync($"/api/v1/workspaces/{ws}/sources", new { kind = "webhook", name = "Latency probe" }, cancellationToken))
                .Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            var sourceId = source!["id"]!.GetValue<Guid>();

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
            await page.GotoAsync($"{baseAddress}/login");
            await page.FillAsync("input[name=email]", "admin@pantau.local");
            await page.FillAsync("input[name=password]", Pantau.AdminPassword);
            await page.ClickAsync("button[type=submit]");
            await page.WaitForURLAsync(url => url.Contains("/mentions", StringComparison.Ordinal));
            await page.GotoAsync($"{baseAddress}/w/{slug}/mentions");
            await page.WaitForSelectorAsync("[data-testid=mention-list]");
            await page.EvaluateAsync("""
                () => {
                  window.__seen = {};
                  const record = node => {
                    if (!(node instanceof HTMLElement)) return;
                    for (const el of [node, ...node.querySelectorAll('[data-testid=mention-item]')]) {
                      const m = /LAT-(\d+)/.exec(el.textContent || '');
                      if (m && !(m[1] in window.__seen)) window.__seen[m[1]] = Date.now();
                    }
                  };
                  new MutationObserver(list => list.forEach(r => r.addedNodes.forEach(record)))
                    .observe(document.body, { childList: true, subtree: true });
                }
                """);

            var sent = new Dictionary<int, long>();
            var interval = TimeSpan.FromSeconds(1 / rate);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < posts; i++)
            {
                var due = interval * i;
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken);
                }

                sent[i] = TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds();
                var response = await api.PostAsJsonAsync($"/api/v1/workspaces/{ws}/sources/{sourceId}/posts",
                    new { posts = new[] { new { id = $"lat-{i}-{Guid.NewGuid():N}", text = $"Sinyal Nusantel hilang lagi LAT-{i}", author = new { handle = "latency_probe", followers = 10 } } } },
                    cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            var seen = await page.EvaluateAsync<Dictionary<string, long>>("() => window.__seen");
            var latencies = sent
                .Where(s => seen.ContainsKey(s.Key.ToString(CultureInfo.InvariantCulture)))
                .Select(s => (double)(seen[s.Key.ToString(CultureInfo.InvariantCulture)] - s.Value))
                .Order()
                .ToList();
            if (latencies.Count == 0)
            {
                Console.Error.WriteLine("No post became visible.");
                return 1;
            }

            double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT latency: p50 {Percentile(0.50):N0} ms, p95 {Percentile(0.95):N0} ms, p99 {Percentile(0.99):N0} ms, max {latencies[^1]:N0} ms; {latencies.Count}/{posts} visible; {rate} posts/s pushed while the demo streams"));
            return latencies.Count == posts ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
