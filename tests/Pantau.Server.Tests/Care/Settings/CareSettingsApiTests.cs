using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Pantau.Data.Entities;
using static Pantau.Server.Tests.Care.Settings.CareSettingsFixture;

namespace Pantau.Server.Tests.Care.Settings;

public sealed class CareSettingsApiTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static readonly string[] UpperCaseIndonesian = ["ID"];
    private static readonly string[] RefundWords = ["refund", "pengembalian dana"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_workspace_reads_the_defaults_and_saves_a_change()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("care-defaults");
        var settings = await (await client.GetAsync($"{CareApi(ws)}/settings", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(settings["isDefault"]!.GetValue<bool>());
        Assert.Equal("Asia/Jakarta", settings["timeZone"]!.GetValue<string>());
        Assert.Equal("08:00-20:00", settings["openingHours"]!["friday"]![0]!.GetValue<string>());
        Assert.Equal("09:00-15:00", settings["openingHours"]!["saturday"]![0]!.GetValue<string>());
        Assert.Empty(settings["openingHours"]!["sunday"]!.AsArray());
        Assert.Contains("2026-08-17", settings["holidays"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(60, settings["firstResponseMinutes"]!.GetValue<int>());
        Assert.Equal(120, settings["nextResponseMinutes"]!.GetValue<int>());
        Assert.Equal(1440, settings["resolutionMinutes"]!.GetValue<int>());
        Assert.Equal(75, settings["warningPercent"]!.GetValue<int>());

        settings["openingHours"]!["sunday"] = new JsonArray("10:00-12:00", "13:00-14:00");
        settings["firstResponseMinutes"] = 30;
        settings["nextResponseMinutes"] = null;
        settings["timeZone"] = "Asia/Makassar";
        var saved = await (await client.PutAsJsonAsync($"{CareApi(ws)}/settings", settings, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.False(saved["isDefault"]!.GetValue<bool>());

        var read = await (await client.GetAsync($"{CareApi(ws)}/settings", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Asia/Makassar", read["timeZone"]!.GetValue<string>());
        Assert.Equal(["10:00-12:00", "13:00-14:00"], read["openingHours"]!["sunday"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(30, read["firstResponseMinutes"]!.GetValue<int>());
        Assert.Null(read["nextResponseMinutes"]);
    }

    [Theory]
    [InlineData("timeZone", "\"Asia/Atlantis\"", "timeZone")]
    [InlineData("openingHours", "{\"monday\":[\"08:00-25:00\"]}", "openingHours")]
    [InlineData("openingHours", "{\"monday\":[\"08:00-12:00\",\"11:00-13:00\"]}", "openingHours")]
    [InlineData("openingHours", "{\"funday\":[\"08:00-12:00\"]}", "openingHours")]
    [InlineData("firstResponseMinutes", "0", "firstResponseMinutes")]
    [InlineData("warningPercent", "100", "warningPercent")]
    [InlineData("reassignAfterMinutes", "-1", "reassignAfterMinutes")]
    [InlineData("autoAssign", "null", "autoAssign")]
    public async Task Invalid_settings_get_a_problem_naming_the_field(string field, string json, string expected)
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("care-invalid");
        var settings = await (await client.GetAsync($"{CareApi(ws)}/settings", Ct)).JsonAsync(HttpStatusCode.OK);
        settings[field] = JsonNode.Parse(json);
        var problem = await (await client.PutAsJsonAsync($"{CareApi(ws)}/settings", settings, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![expected]);
    }

    [Fact]
    public async Task Overlapping_hours_name_the_day_and_a_bad_holiday_names_its_line()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("care-lines");
        var settings = await (await client.GetAsync($"{CareApi(ws)}/settings", Ct)).JsonAsync(HttpStatusCode.OK);
        settings["openingHours"]!["tuesday"] = new JsonArray("08:00-12:00", "11:30-17:00");
        var overlap = await (await client.PutAsJsonAsync($"{CareApi(ws)}/settings", settings, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal("tuesday", overlap["day"]!.GetValue<string>());
        Assert.Contains("overlap", overlap["errors"]!["openingHours"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        settings = await (await client.GetAsync($"{CareApi(ws)}/settings", Ct)).JsonAsync(HttpStatusCode.OK);
        settings["holidays"] = "# mine\n2026-01-01\tTahun Baru\n2026-13-01\tNope\n";
        var problem = await (await client.PutAsJsonAsync($"{CareApi(ws)}/settings", settings, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(3, problem["line"]!.GetValue<int>());
        Assert.StartsWith("Line 3:", problem["errors"]!["holidays"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Teams_have_agent_members_with_a_capacity_and_refuse_viewers_and_strangers()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("care-teams");
        var agent = await fixture.Factory.AddUserAsync(ws, WorkspaceRole.Agent, "agent");
        var viewer = await fixture.Factory.AddUserAsync(ws, WorkspaceRole.Viewer, "viewer");
        var (otherWs, _) = await fixture.Factory.NewWorkspaceAsync("care-teams-other");
        var stranger = await fixture.Factory.AddUserAsync(otherWs, WorkspaceRole.Agent, "stranger");

        var created = await (await client.PostAsJsonAsync($"{CareApi(ws)}/teams", new { name = "Billing", members = new[] { new { userId = agent, caseCapacity = 7 } } }, Ct))
            .JsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();
        Assert.Equal(agent, created["members"]![0]!["userId"]!.GetValue<Guid>());
        Assert.Equal(7, created["members"]![0]!["caseCapacity"]!.GetValue<int>());

        foreach (var bad in new[] { viewer, stranger })
        {
            var problem = await (await client.PutAsJsonAsync($"{CareApi(ws)}/teams/{id}", new { name = "Billing", members = new[] { new { userId = bad } } }, Ct))
                .JsonAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]!["members"]);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"{CareApi(ws)}/teams", new { name = "Billing" }, Ct)).StatusCode);
        var renamed = await (await client.PutAsJsonAsync($"{CareApi(ws)}/teams/{id}", new { name = "Tagihan", members = Array.Empty<object>() }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(renamed["members"]!.AsArray());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{CareApi(ws)}/teams/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CareApi(ws)}/teams/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Routing_rules_check_their_targets_and_conditions_and_are_reordered()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("care-rules");
        var agent = await fixture.Factory.AddUserAsync(ws, WorkspaceRole.Agent);
        var viewer = await fixture.Factory.AddUserAsync(ws, WorkspaceRole.Viewer);
        var topic = await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var team = (await (await client.PostAsJsonAsync($"{CareApi(ws)}/teams", new { name = "Network" }, Ct)).JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var (otherWs, otherClient) = await fixture.Factory.NewWorkspaceAsync("care-rules-other");
        var otherTeam = (await (await otherClient.PostAsJsonAsync($"{CareApi(otherWs)}/teams", new { name = "Theirs" }, Ct)).JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        var first = await (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules", new
        {
            name = "Refunds",
            when = new { topicIds = new[] { topic }, languages = UpperCaseIndonesian, keywords = RefundWords },
            teamId = team,
            method = "leastBusy",
        }, Ct)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(1, first["order"]!.GetValue<int>());
        Assert.Equal("leastBusy", first["method"]!.GetValue<string>());
        Assert.Equal("id", first["when"]!["languages"]![0]!.GetValue<string>());
        var second = await (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules", new { name = "Everything else", agentId = agent }, Ct)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, second["order"]!.GetValue<int>());

        (object Body, string Field)[] invalid =
        [
            (new { name = "No target" }, "teamId"),
            (new { name = "Both", teamId = team, agentId = agent }, "agentId"),
            (new { name = "Their team", teamId = otherTeam }, "teamId"),
            (new { name = "A viewer", agentId = viewer }, "agentId"),
            (new { name = "Bad topic", teamId = team, when = new { topicIds = new[] { Guid.NewGuid() } } }, "when.topicIds"),
            (new { name = "Bad keyword", teamId = team, when = new { keywords = new[] { "!!!" } } }, "when.keywords"),
            (new { name = "Bad language", teamId = team, when = new { languages = new[] { "bahasa indonesia" } } }, "when.languages"),
        ];
        foreach (var (body, field) in invalid)
        {
            var problem = await (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules", body, Ct)).JsonAsync(HttpStatusCode.BadRequest);
            Assert.True(problem["errors"]![field] is not null, $"{field}: {problem.ToJsonString()}");
        }

        var firstId = first["id"]!.GetValue<Guid>();
        var secondId = second["id"]!.GetValue<Guid>();
        var reordered = await (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules/order", new { ids = new[] { secondId, firstId } }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(secondId, reordered[0]!["id"]!.GetValue<Guid>());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules/order", new { ids = new[] { firstId } }, Ct)).StatusCode);

        // A team a rule sends cases to is not deleted behind the rule's back.
        Assert.Equal(HttpStatusCode.Conflict, (await client.DeleteAsync($"{CareApi(ws)}/teams/{team}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{CareApi(ws)}/routing-rules/{firstId}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"{CareApi(ws)}/teams/{team}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Canned_responses_check_shortcut_language_and_template_and_preview_with_sample_values()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("care-canned");
        var created = await (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses",
            new { title = "Maaf", shortcut = "maaf-sinyal", language = "id", body = "Halo {{customer.first_name | Kak}}, tiket {{case.number}}." }, Ct))
            .JsonAsync(HttpStatusCode.Created);
        var id = created["id"]!.GetValue<Guid>();

        var preview = await (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses/{id}/preview", new { }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Halo Rina, tiket 1042.", preview["text"]!.GetValue<string>());
        var edited = await (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses/{id}/preview", new { body = "Hi {{nama}}" }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(4, edited["errors"]![0]!["column"]!.GetValue<int>());

        var bad = await (await client.PutAsJsonAsync($"{CareApi(ws)}/canned-responses/{id}",
            new { title = "Maaf", shortcut = "maaf-sinyal", language = "id", body = "Halo {{customer.nama}} dan {{case.number" }, Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(6, bad["column"]!.GetValue<int>());
        Assert.Equal(17, bad["length"]!.GetValue<int>());
        Assert.Contains("customer.nama", bad["errors"]!["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);

        (object Body, string Field)[] invalid =
        [
            (new { title = "", shortcut = "a", language = "id", body = "x" }, "title"),
            (new { title = "T", shortcut = "Maaf Sinyal", language = "id", body = "x" }, "shortcut"),
            (new { title = "T", shortcut = new string('a', 65), language = "id", body = "x" }, "shortcut"),
            (new { title = "T", shortcut = "a", language = "jv", body = "x" }, "language"),
            (new { title = "T", shortcut = "a", language = "en", body = "" }, "body"),
        ];
        foreach (var (body, field) in invalid)
        {
            var problem = await (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses", body, Ct)).JsonAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]![field]);
        }

        // Unique per language: the same shortcut in English is fine, twice in Indonesian is not.
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses", new { title = "Lagi", shortcut = "maaf-sinyal", language = "id", body = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses", new { title = "Sorry", shortcut = "maaf-sinyal", language = "en", body = "x" }, Ct)).StatusCode);
        Assert.Equal(2, (await (await client.GetAsync($"{CareApi(ws)}/canned-responses", Ct)).JsonAsync(HttpStatusCode.OK)).AsArray().Count);
    }

    [Fact]
    public async Task Another_workspace_s_ids_answer_404()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("care-mine");
        var (otherWs, other) = await fixture.Factory.NewWorkspaceAsync("care-theirs");
        var team = (await (await other.PostAsJsonAsync($"{CareApi(otherWs)}/teams", new { name = "Theirs" }, Ct)).JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var rule = (await (await other.PostAsJsonAsync($"{CareApi(otherWs)}/routing-rules", new { name = "Theirs", teamId = team }, Ct)).JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var canned = (await (await other.PostAsJsonAsync($"{CareApi(otherWs)}/canned-responses", new { title = "T", shortcut = "t", language = "id", body = "x" }, Ct)).JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CareApi(ws)}/teams/{team}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"{CareApi(ws)}/teams/{team}", new { name = "Mine" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{CareApi(ws)}/teams/{team}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CareApi(ws)}/routing-rules/{rule}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"{CareApi(ws)}/routing-rules/{rule}", new { name = "Mine", teamId = team }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{CareApi(ws)}/routing-rules/{rule}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CareApi(ws)}/canned-responses/{canned}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PutAsJsonAsync($"{CareApi(ws)}/canned-responses/{canned}", new { title = "T", shortcut = "t", language = "id", body = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses/{canned}/preview", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"{CareApi(ws)}/canned-responses/{canned}", Ct)).StatusCode);

        // And the other workspace itself is not there for this caller.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CareApi(otherWs)}/settings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{CareApi(otherWs)}/teams/{team}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync($"{CareApi(otherWs)}/teams/{team}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData(WorkspaceRole.Viewer)]
    [InlineData(WorkspaceRole.Agent)]
    public async Task Viewers_and_agents_read_but_do_not_write(WorkspaceRole role)
    {
        var (ws, admin) = await fixture.Factory.NewWorkspaceAsync("care-roles");
        var canned = (await (await admin.PostAsJsonAsync($"{CareApi(ws)}/canned-responses", new { title = "T", shortcut = "t", language = "id", body = "x" }, Ct)).JsonAsync(HttpStatusCode.Created))["id"]!.GetValue<Guid>();
        var client = await fixture.Factory.ClientForAsync(ws, role);

        var settings = await (await client.GetAsync($"{CareApi(ws)}/settings", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{CareApi(ws)}/teams", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{CareApi(ws)}/routing-rules", Ct)).StatusCode);
        Assert.Equal(role >= WorkspaceRole.Agent ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync($"{CareApi(ws)}/canned-responses", Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"{CareApi(ws)}/settings", settings, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{CareApi(ws)}/teams", new { name = "X" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules", new { name = "X" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{CareApi(ws)}/routing-rules/order", new { ids = Array.Empty<Guid>() }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync($"{CareApi(ws)}/canned-responses", new { title = "T", shortcut = "u", language = "id", body = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.DeleteAsync($"{CareApi(ws)}/canned-responses/{canned}", Ct)).StatusCode);

        var supervisor = await fixture.Factory.ClientForAsync(ws, WorkspaceRole.Supervisor);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.PutAsJsonAsync($"{CareApi(ws)}/settings", settings, Ct)).StatusCode);
    }
}
