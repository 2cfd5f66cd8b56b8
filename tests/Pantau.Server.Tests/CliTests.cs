using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Pantau.Server.Tests;

/// <summary>The <c>pantau</c> command line, run as a user runs it.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pantau-cli-").FullName;

    [Fact]
    public async Task Version_and_help_describe_the_commands()
    {
        var (code, output) = await Server.RunAsync(_folder, ["--version"]);
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+", output.Trim());

        (code, output) = await Server.RunAsync(_folder, ["--help"]);
        Assert.Equal(0, code);
        foreach (var command in new[] { "serve", "migrate", "user", "apikey", "match" })
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }

        (code, output) = await Server.RunAsync(_folder, ["user", "add", "--help"]);
        Assert.Equal(0, code);
        Assert.Contains("--workspace", output, StringComparison.Ordinal);
        Assert.Contains("--role", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_the_database_once()
    {
        var (code, output) = await Server.RunAsync(_folder, ["migrate"]);
        Assert.True(code == 0, output);
        Assert.Contains("Applied", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder, "pantau-data", "pantau.db")));

        (code, output) = await Server.RunAsync(_folder, ["migrate"]);
        Assert.Equal(0, code);
        Assert.Contains("up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_and_an_api_key_made_on_the_command_line_work_against_the_server()
    {
        var (code, output) = await Server.RunAsync(_folder, ["user", "add", "--email", "agent@acme.example", "--role", "Agent", "--workspace", "Acme Care"]);
        Assert.True(code == 0, output);
        Assert.Contains("Created workspace 'Acme Care'", output, StringComparison.Ordinal);
        Assert.Contains("Password (shown once):", output, StringComparison.Ordinal);

        (code, output) = await Server.RunAsync(_folder, ["user", "add", "--email", "agent@acme.example", "--role", "Supervisor", "--workspace", "acme-care"]);
        Assert.True(code == 0, output);
        Assert.Contains("is Supervisor of 'Acme Care'", output, StringComparison.Ordinal);

        (code, output) = await Server.RunAsync(_folder, ["apikey", "create", "--workspace", "acme-care", "--name", "crm"]);
        Assert.True(code == 0, output);
        var key = output.Trim();
        Assert.StartsWith("pantau_", key, StringComparison.Ordinal);

        await using var server = Server.Start(_folder, new Dictionary<string, string> { ["PANTAU_DEMO__ENABLED"] = "false" });
        await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var workspaces = JsonNode.Parse(await http.GetStringAsync("/api/v1/workspaces", TestContext.Current.CancellationToken))!.AsArray();
        Assert.Equal("Acme Care", Assert.Single(workspaces)!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_api_key_for_an_unknown_workspace_is_refused()
    {
        var (code, output) = await Server.RunAsync(_folder, ["apikey", "create", "--workspace", "nowhere"]);
        Assert.Equal(2, code);
        Assert.Contains("No workspace 'nowhere'", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PANTAU_STORAGE__PROVIDER", "Oracle", "Storage:Provider")]
    [InlineData("PANTAU_STORAGE__PROVIDER", "PostgreSql", "Storage:ConnectionString")]
    [InlineData("PANTAU_PIPELINE__CAPACITY", "lots", "Pipeline:Capacity")]
    [InlineData("PANTAU_PIPELINE__CAPACITY", "0", "Capacity")]
    public async Task Invalid_configuration_stops_start_up_naming_the_setting(string variable, string value, string named)
    {
        await using var server = Server.Start(_folder, new Dictionary<string, string> { [variable] = value });
        var code = await server.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.NotEqual(0, code);
        Assert.Contains(named, server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_start_prints_a_generated_admin_password_once()
    {
        await using (var server = Server.Start(_folder, new Dictionary<string, string> { ["PANTAU_DEMO__ENABLED"] = "false" }))
        {
            await server.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            Assert.Contains("admin@pantau.local", server.Output, StringComparison.Ordinal);
            Assert.Contains("Password (shown once):", server.Output, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync($"{server.BaseAddress}/healthz", TestContext.Current.CancellationToken)).StatusCode);
        }

        await using var again = Server.Start(_folder, new Dictionary<string, string> { ["PANTAU_DEMO__ENABLED"] = "false" });
        await again.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Password (shown once):", again.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
