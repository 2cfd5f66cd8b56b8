using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Server.Care.Settings;
using static Pantau.Server.Tests.Care.Settings.CareSettingsFixture;

namespace Pantau.Server.Tests.Care.Settings;

public sealed class CarePoliciesTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static readonly TimeSpan Wib = TimeSpan.FromHours(7);
    private static readonly string[] Sinyal = ["sinyal"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CarePolicies Policies => fixture.Factory.Services.GetRequiredService<CarePolicies>();

    [Fact]
    public async Task The_defaults_carry_a_Friday_evening_message_into_Saturday_morning()
    {
        var (ws, _) = await fixture.Factory.NewWorkspaceAsync("policy-defaults");
        var policy = await Policies.ForWorkspaceAsync(ws, Ct);
        Assert.Equal("Asia/Jakarta", policy.TimeZone.Id);
        Assert.True(policy.CasesForComplaints && policy.CasesForQuestions && policy.AutoAssign && policy.ApprovalForRisk);
        Assert.False(policy.CsatEnabled);
        Assert.Null(policy.ReassignAfter);
        Assert.Empty(policy.RoutingRules);
        Assert.Contains(policy.Sla.Calendar.Holidays, h => h.Date == new DateOnly(2026, 8, 17));
        Assert.Equal(SlaTimeBasis.BusinessHours, policy.Sla.FirstResponse!.Basis);

        // Friday 6 March 2026, 19:30 WIB: half an hour before closing; Saturday opens 09:00-15:00, Sunday is closed.
        var friday = new DateTimeOffset(2026, 3, 6, 19, 30, 0, Wib);
        var reading = new SlaClock(policy.Sla, "c1", [new CaseEvent(friday, CaseEventKind.CustomerMessage)]).At(friday.AddMinutes(1));
        var first = reading.Latest(SlaMetric.FirstResponse)!;
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 9, 30, 0, Wib), first.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 9, 15, 0, Wib), first.WarnAt);
        Assert.Equal(DayOfWeek.Saturday, policy.Sla.Calendar.Add(friday, policy.Sla.NextResponse!.Duration).DayOfWeek);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 10, 30, 0, Wib), policy.Sla.Calendar.Add(friday, policy.Sla.NextResponse.Duration));

        // 24 business hours: 0.5 Friday + 6 Saturday + 12 Monday + 5.5 Tuesday.
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 13, 30, 0, Wib), reading.Latest(SlaMetric.Resolution)!.DueAt);
    }

    [Fact]
    public async Task A_policy_is_cached_until_a_change_invalidates_it()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("policy-cache");
        var first = await Policies.ForWorkspaceAsync(ws, Ct);
        Assert.Same(first, await Policies.ForWorkspaceAsync(ws, Ct));

        var changed = new List<Guid>();
        void OnChanged(Guid id) => changed.Add(id);
        Policies.Changed += OnChanged;
        try
        {
            var settings = await (await client.GetAsync($"{CareApi(ws)}/settings", Ct)).JsonAsync(System.Net.HttpStatusCode.OK);
            settings["businessHours"] = false;
            settings["reassignAfterMinutes"] = 45;
            settings["csatEnabled"] = true;
            (await client.PutAsJsonAsync($"{CareApi(ws)}/settings", settings, Ct)).EnsureSuccessStatusCode();
            Assert.Contains(ws, changed);

            var second = await Policies.ForWorkspaceAsync(ws, Ct);
            Assert.NotSame(first, second);
            Assert.Equal(SlaTimeBasis.CalendarTime, second.Sla.FirstResponse!.Basis);
            Assert.Equal(TimeSpan.FromMinutes(45), second.ReassignAfter);
            Assert.True(second.CsatEnabled);

            var team = (await (await client.PostAsJsonAsync($"{CareApi(ws)}/teams", new { name = "Network" }, Ct)).JsonAsync(System.Net.HttpStatusCode.Created))["id"]!.GetValue<Guid>();
            (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules", new { name = "Later", teamId = team, when = new { keywords = Sinyal } }, Ct)).EnsureSuccessStatusCode();
            (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules", new { name = "Off", enabled = false, teamId = team }, Ct)).EnsureSuccessStatusCode();
            var third = await Policies.ForWorkspaceAsync(ws, Ct);
            var rule = Assert.Single(third.RoutingRules);
            Assert.Equal("Later", rule.Name);
            Assert.Equal(team, rule.Then.TeamId);
            Assert.Equal(["sinyal"], rule.When.Keywords);
        }
        finally
        {
            Policies.Changed -= OnChanged;
        }
    }

    [Fact]
    public void Every_default_reads_back_through_the_editor_s_validation()
    {
        var defaults = CareSettingsDto.From(CarePolicies.Defaults(Guid.NewGuid()), isDefault: true);
        Assert.Null(CareSettingsEditor.Validate(defaults.ToInput(), out var week));
        Assert.Equal(6, week.Count(d => d.Value.Count > 0));
        Assert.StartsWith("# Indonesia", BundledHolidays.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_care_settings_are_seeded_once_however_often_the_seeder_runs()
    {
        var (ws, _) = await fixture.Factory.NewWorkspaceAsync("policy-demo");
        var seeder = fixture.Factory.Services.GetRequiredService<CareDemoSeeder>();
        await seeder.SeedAsync(ws, Ct);
        await seeder.SeedAsync(ws, Ct);

        await using (var db = await fixture.Factory.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>().CreateDbContextAsync(Ct))
        {
            Assert.Equal(1, await db.CareSettings.CountAsync(s => s.WorkspaceId == ws, Ct));
            Assert.Equal(1, await db.Teams.CountAsync(t => t.WorkspaceId == ws && t.Name == CareDemoSeeder.TeamName, Ct));
            Assert.Equal(4, await db.CannedResponses.CountAsync(c => c.WorkspaceId == ws && c.Language == "id", Ct));
            Assert.Equal(4, await db.CannedResponses.CountAsync(c => c.WorkspaceId == ws && c.Language == "en", Ct));
            Assert.Equal(1, await db.RoutingRules.CountAsync(r => r.WorkspaceId == ws, Ct));
        }

        Assert.All(CareDemoSeeder.Responses, r => Assert.Empty(CannedTemplate.Validate(r.Body)));
        var policy = await Policies.ForWorkspaceAsync(ws, Ct);
        Assert.Equal(TimeSpan.FromMinutes(15), policy.Sla.FirstResponse!.Duration);
        Assert.Equal(TimeSpan.FromMinutes(30), policy.Sla.NextResponse!.Duration);
        Assert.Equal(TimeSpan.FromHours(4), policy.Sla.Resolution!.Duration);

        // Always open: a message at 02:00 on a Sunday is due a quarter of an hour later.
        var night = new DateTimeOffset(2026, 3, 8, 2, 0, 0, Wib);
        Assert.True(policy.Sla.Calendar.IsOpen(night));
        Assert.Equal(night.AddMinutes(15), policy.Sla.Calendar.Add(night, policy.Sla.FirstResponse.Duration));
        var rule = Assert.Single(policy.RoutingRules);
        Assert.Equal(DistributionMethod.RoundRobin, rule.Then.Method);
        Assert.Equal(["refund", "pengembalian dana"], rule.When.Keywords);
    }
}
