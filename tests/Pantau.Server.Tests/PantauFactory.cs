using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;

namespace Pantau.Server.Tests;

/// <summary>The real server in-process, on a real SQLite file in a fresh folder, with the demo off unless asked.</summary>
public sealed class PantauFactory : WebApplicationFactory<Program>
{
    public const string AdminPassword = "Test-Admin-Password-1";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("pantau-server-tests-").FullName;

    public bool DemoEnabled { get; init; }

    /// <summary>More settings, as <c>Section:Key</c> pairs.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Services to add for a test, such as a connector that stands in for a network.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        builder.UseSetting("Demo:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("Demo:Speed", "0");
        builder.UseSetting("ADMIN_PASSWORD", AdminPassword);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }

    /// <summary>A new workspace and an API key for it, and a client that sends the key.</summary>
    /// <summary>Start-up work (migrations, seeding) runs in the background; tests begin once it is done.</summary>
    public Task ReadyAsync() => Services.GetRequiredService<Hosting.Readiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(60));

    public async Task<(Guid WorkspaceId, HttpClient Client)> NewWorkspaceAsync(string name, WorkspaceRole role = WorkspaceRole.Admin)
    {
        await ReadyAsync();
        var services = Services;
        var (workspace, _) = await services.GetRequiredService<Workspaces>().FindOrCreateAsync(name + "-" + Guid.NewGuid().ToString("N")[..8], CancellationToken.None);
        var (_, secret) = await services.GetRequiredService<ApiKeys>().CreateAsync(workspace.Id, "test", role, CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return (workspace.Id, client);
    }

    /// <summary>An API-key client for an existing workspace.</summary>
    public async Task<HttpClient> ClientForAsync(Guid workspaceId, WorkspaceRole role)
    {
        await ReadyAsync();
        var (_, secret) = await Services.GetRequiredService<ApiKeys>().CreateAsync(workspaceId, "test", role, CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
