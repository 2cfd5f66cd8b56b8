using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;
using static Pantau.Server.Tests.Care.Settings.CareSettingsFixture;

namespace Pantau.Server.Tests.Care.Settings;

/// <summary>A server started with the demo on: the demo workspace comes with its care configuration.</summary>
public sealed class DemoCareSeedingTests : IAsyncLifetime
{
    private readonly PantauFactory _factory = new() { DemoEnabled = true };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task The_demo_workspace_has_always_open_hours_short_targets_a_team_responses_and_a_rule()
    {
        await _factory.ReadyAsync();
        var demo = await _factory.Services.GetRequiredService<Workspaces>().FindAsync("demo", Ct);
        Assert.NotNull(demo);
        var client = await _factory.ClientForAsync(demo.Id, WorkspaceRole.Agent);
        var settings = await (await client.GetAsync($"{CareApi(demo.Id)}/settings", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.False(settings["isDefault"]!.GetValue<bool>());
        Assert.Equal("00:00-24:00", settings["openingHours"]!["sunday"]![0]!.GetValue<string>());
        Assert.Equal(15, settings["firstResponseMinutes"]!.GetValue<int>());
        var teams = await (await client.GetAsync($"{CareApi(demo.Id)}/teams", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Tim Nusantel", teams[0]!["name"]!.GetValue<string>());
        Assert.Equal(8, (await (await client.GetAsync($"{CareApi(demo.Id)}/canned-responses", Ct)).JsonAsync(HttpStatusCode.OK)).AsArray().Count);
        Assert.Single((await (await client.GetAsync($"{CareApi(demo.Id)}/routing-rules", Ct)).JsonAsync(HttpStatusCode.OK)).AsArray());
    }
}
