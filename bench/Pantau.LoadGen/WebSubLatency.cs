using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pantau.Connectors.Feeds.WebSub;

namespace Pantau.LoadGen;

/// <summary>
/// <c>websub</c>: a local blog with a WebSub hub. Pantau follows the blog, subscribes at the hub (which verifies the
/// intent over real HTTP), then the hub pushes new posts one by one; each is timed from the push until it arrives on
/// the workspace's live mention stream (Server-Sent Events, as the browser receives it).
/// </summary>
internal static class WebSubLatency
{
    public static async Task<int> RunAsync(int pushes, CancellationToken cancellationToken)
    {
        string? callback = null, secret = null;
        var verified = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await using var hub = builder.Build();
        hub.Urls.Add("http://127.0.0.1:0");
        string? topic = null;
        hub.MapGet("/feed", () => Results.Text(Atom(topic!, []), "application/atom+xml"));
        hub.MapPost("/hub", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form["hub.mode"] == "subscribe" && form["hub.topic"] == topic)
            {
                (callback, secret) = (form["hub.callback"].ToString(), form["hub.secret"].ToString());
                _ = Task.Run(
                    async () =>
                    {
                        using var http = new HttpClient();
                        var challenge = Guid.NewGuid().ToString("N");
                        var echo = await http.GetStringAsync(new Uri($"{callback}?hub.mode=subscribe&hub.topic={Uri.EscapeDataString(topic!)}&hub.challenge={challenge}&hub.lease_seconds=864000"), cancellationToken);
                        if (echo == challenge)
                        {
                            verified.TrySetResult();
                        }
                    },
                    cancellationToken);
            }

            return Results.Accepted();
        });
        await hub.StartAsync(cancellationToken);
        var hubAddress = new Uri(hub.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        topic = new Uri(hubAddress, "/feed").AbsoluteUri;

        var folder = Directory.CreateTempSubdirectory("pantau-websub-").FullName;
        var port = 5300 + Random.Shared.Next(1000);
        var baseAddress = $"http://127.0.0.1:{port}";
        using var server = Pantau.StartServer(folder, baseAddress, new Dictionary<string, string>
        {
            ["PANTAU_DEMO__ENABLED"] = "false",
            ["PANTAU_FEEDS__ALLOWEDHOSTS__0"] = hubAddress.Authority,
            ["PANTAU_FEEDS__PUBLICURL"] = baseAddress + "/",
            ["PANTAU_FEEDS__SUBSCRIPTIONCHECKINTERVAL"] = "00:00:02",
        });
        try
        {
            await Pantau.WaitReadyAsync(baseAddress, cancellationToken);
            await Pantau.RunAsync(folder, ["user", "add", "--email", "load@pantau.local", "--role", "Admin", "--workspace", "Push", "--password", Pantau.AdminPassword], cancellationToken);
            var key = (await Pantau.RunAsync(folder, ["apikey", "create", "--workspace", "push"], cancellationToken)).Trim();
            using var api = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = Timeout.InfiniteTimeSpan };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
            var ws = JsonNode.Parse(await api.GetStringAsync(new Uri("/api/v1/workspaces", UriKind.Relative), cancellationToken))!.AsArray()[0]!["id"]!.GetValue<Guid>();
            await PostJsonAsync(api, $"/api/v1/workspaces/{ws}/topics", """{"name":"Nusantel","query":"nusantel"}""", cancellationToken);
            await PostJsonAsync(api, $"/api/v1/workspaces/{ws}/sources", "{\"kind\":\"feed\",\"name\":\"Blog\",\"settings\":{\"url\":\"" + topic + "\",\"network\":\"blog\"}}", cancellationToken);

            var subscribing = Stopwatch.StartNew();
            await verified.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"subscribed and verified {subscribing.Elapsed.TotalSeconds:F1} s after the source was added"));

            var arrived = new ConcurrentDictionary<int, long>();
            using var stream = new CancellationTokenSource();
            var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var reader = Task.Run(() => ListenAsync(api, ws, arrived, listening, stream.Token), CancellationToken.None);
            await listening.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);

            var sent = new Dictionary<int, long>();
            using var push = new HttpClient();
            for (var i = 0; i < pushes; i++)
            {
                var body = Encoding.UTF8.GetBytes(Atom(topic, [i]));
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/atom+xml");
                content.Headers.Add(WebSubSignature.Header, WebSubSignature.Sign(body, Encoding.UTF8.GetBytes(secret!)));
                sent[i] = Stopwatch.GetTimestamp();
                (await push.PostAsync(new Uri(callback!), content, cancellationToken)).EnsureSuccessStatusCode();
                await Task.Delay(200, cancellationToken);
            }

            await Task.Delay(2000, cancellationToken);
            await stream.CancelAsync();
            var latencies = sent.Where(s => arrived.ContainsKey(s.Key))
                .Select(s => Stopwatch.GetElapsedTime(s.Value, arrived[s.Key]).TotalMilliseconds)
                .Order()
                .ToArray();
            if (latencies.Length == 0)
            {
                Console.Error.WriteLine("No pushed post reached the stream.");
                return 1;
            }

            double Percentile(double p) => latencies[Math.Min(latencies.Length - 1, (int)Math.Ceiling(p * latencies.Length) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"RESULT websub: push to live stream p50 {Percentile(0.5):F0} ms, p95 {Percentile(0.95):F0} ms, max {latencies[^1]:F0} ms; {latencies.Length}/{pushes} arrived"));
            try
            {
                await reader;
            }
            catch (OperationCanceledException)
            {
            }

            return latencies.Length == pushes && Percentile(0.95) <= 1000 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(CancellationToken.None);
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task PostJsonAsync(HttpClient api, string path, string json, CancellationToken cancellationToken)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        (await api.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken)).EnsureSuccessStatusCode();
    }

    private static async Task ListenAsync(HttpClient api, Guid ws, ConcurrentDictionary<int, long> arrived, TaskCompletionSource listening, CancellationToken cancellationToken)
    {
        using var response = await api.GetAsync(new Uri($"/api/v1/workspaces/{ws}/mentions/stream", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        listening.TrySetResult();
        using var lines = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        while (await lines.ReadLineAsync(cancellationToken) is { } line)
        {
            var at = line.IndexOf("PUSH-", StringComparison.Ordinal);
            if (line.StartsWith("data:", StringComparison.Ordinal) && at >= 0)
            {
                var digits = new string(line[(at + 5)..].TakeWhile(char.IsAsciiDigit).ToArray());
                arrived.TryAdd(int.Parse(digits, CultureInfo.InvariantCulture), Stopwatch.GetTimestamp());
            }
        }
    }

    private static string Atom(string topic, IEnumerable<int> entries)
    {
        var xml = new StringBuilder().Append(CultureInfo.InvariantCulture, $"""
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title><id>{topic}</id>
            <updated>2026-12-03T00:00:00Z</updated><link rel="hub" href="{new Uri(new Uri(topic), "/hub")}"/><link rel="self" href="{topic}"/>
            """);
        foreach (var i in entries)
        {
            xml.Append(CultureInfo.InvariantCulture, $"""
                <entry><id>urn:push:{Guid.NewGuid():N}</id><title>Nusantel gangguan PUSH-{i}</title><link href="https://blog.example/{i}"/>
                <updated>2026-12-03T01:00:00Z</updated><content type="text">Internet Nusantel mati lagi PUSH-{i}</content></entry>
                """);
        }

        return xml.Append("</feed>").ToString();
    }
}
