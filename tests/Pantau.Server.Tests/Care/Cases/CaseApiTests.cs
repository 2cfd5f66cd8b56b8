using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Cases;

namespace Pantau.Server.Tests.Care.Cases;

/// <summary>The case engine through its API: intake, threading, replies, SLA events, roles and isolation.</summary>
public sealed class CaseApiTests(CareFactoryFixture fixture) : IClassFixture<CareFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] JaringanTag = ["jaringan"];

    private PantauFactory Factory => fixture.Factory;

    private async Task<(Guid Workspace, HttpClient Client, Guid Source)> WorkspaceAsync(string name)
    {
        var (ws, client) = await Factory.NewWorkspaceAsync(name);
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var created = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/sources", new { kind = ReplyingTestConnector.KindName, name = "Care line" }, Ct)).JsonAsync(HttpStatusCode.Created);
        return (ws, client, created["id"]!.GetValue<Guid>());
    }

    private static object Post(string id, string text, string handle = "ani", string? inReplyTo = null) =>
        new { id, text, inReplyTo, author = new { handle, name = "Ani Wijaya", followers = 1200 } };

    private static async Task<JsonArray> WaitForCasesAsync(HttpClient client, Guid ws, int count, string query = "")
    {
        for (var i = 0; i < 200; i++)
        {
            var page = await (await client.GetAsync($"{Api.Workspace(ws)}/cases{query}", Ct)).JsonAsync(HttpStatusCode.OK);
            var rows = page["rows"]!.AsArray();
            if (rows.Count >= count)
            {
                return rows;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException($"Expected {count} cases.");
    }

    private static async Task<JsonNode> CaseAsync(HttpClient client, Guid ws, long id) =>
        await (await client.GetAsync($"{Api.Workspace(ws)}/cases/{id}", Ct)).JsonAsync(HttpStatusCode.OK);

    private static async Task<JsonNode> WaitForAsync(HttpClient client, Guid ws, long id, Func<JsonNode, bool> done)
    {
        for (var i = 0; i < 200; i++)
        {
            var detail = await CaseAsync(client, ws, id);
            if (done(detail))
            {
                return detail;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException("The case did not reach the expected state.");
    }

    [Fact]
    public async Task A_complaint_opens_a_case_and_praise_and_spam_do_not()
    {
        var (ws, client, source) = await WorkspaceAsync("intake");
        await client.PushAsync(ws, source,
            Post("c1", "sinyal nusantel hilang total dari pagi, tolong dong ini gimana"),
            Post("p1", "makasih nusantel, internetnya kenceng banget hari ini", handle: "budi"),
            Post("s1", "nusantel promo pulsa gratis klik link bit.ly/xxx sekarang juga dapat hadiah", handle: "promo_bot"));

        var rows = await WaitForCasesAsync(client, ws, 1);
        await Task.Delay(300, Ct);
        rows = await WaitForCasesAsync(client, ws, 1);
        Assert.Single(rows);
        var row = rows[0]!;
        Assert.Equal("new", row["status"]!.GetValue<string>());
        Assert.Equal("complaint", row["intent"]!.GetValue<string>());
        Assert.Equal("ani", row["author"]!["handle"]!.GetValue<string>());
        Assert.NotNull(row["slaDueAt"]);
        Assert.True(row["priorityScore"]!.GetValue<int>() > 0);

        var detail = await CaseAsync(client, ws, row["id"]!.GetValue<long>());
        var first = detail["timeline"]!.AsArray()[0]!;
        Assert.Equal("customer_message", first["kind"]!.GetValue<string>());
        Assert.Contains("sinyal", first["message"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_joins_the_case_and_a_new_message_reopens_a_resolved_one()
    {
        var (ws, client, source) = await WorkspaceAsync("threading");
        await client.PushAsync(ws, source, Post("t1", "nusantel kenapa tagihan saya dobel bulan ini?", handle: "rina"));
        var id = (await WaitForCasesAsync(client, ws, 1))[0]!["id"]!.GetValue<long>();

        await client.PushAsync(ws, source, Post("t2", "halo nusantel, masih belum ada jawaban ya", handle: "rina", inReplyTo: "t1"));
        var detail = await WaitForAsync(client, ws, id, d => d["timeline"]!.AsArray().Count(i => i!["kind"]!.GetValue<string>() == "customer_message") == 2);
        Assert.Single((await WaitForCasesAsync(client, ws, 1)).AsArray());

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/status", new { status = "resolved" }, Ct)).StatusCode);
        Assert.Equal("resolved", (await CaseAsync(client, ws, id))["case"]!["status"]!.GetValue<string>());

        await client.PushAsync(ws, source, Post("t3", "nusantel tagihannya dobel lagi nih, gimana sih", handle: "rina", inReplyTo: "t2"));
        detail = await WaitForAsync(client, ws, id, d => d["case"]!["status"]!.GetValue<string>() == "open");
        Assert.Contains(detail["timeline"]!.AsArray(), i => i!["kind"]!.GetValue<string>() == "status_changed" && i["text"]!.GetValue<string>() == "resolved");
    }

    [Fact]
    public async Task A_reply_goes_through_the_source_once_and_counts_as_the_first_response()
    {
        var (ws, client, source) = await WorkspaceAsync("reply");
        await client.PushAsync(ws, source, Post("r1", "nusantel paket data saya hilang padahal baru beli, kenapa?", handle: "dewi"));
        var id = (await WaitForCasesAsync(client, ws, 1))[0]!["id"]!.GetValue<long>();

        var answer = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/replies", new { text = "Halo Kak Dewi, mohon maaf. BUSY sebentar kami cek ya." }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(answer["entryId"]!.GetValue<long>() > 0);
        // The row and the timeline are read one after the other: wait for both to show the sent reply.
        var detail = await WaitForAsync(client, ws, id, d => d["timeline"]!.AsArray().Any(i => i!["replyState"]?.GetValue<string>() == "sent") && d["case"]!["firstResponseAt"] is not null);
        Assert.Null(detail["case"]!["waitingSince"]);
        Assert.Equal("open", detail["case"]!["status"]!.GetValue<string>());
        Assert.Single(fixture.Connector.Sent, r => r.InReplyToExternalId == "r1");

        // Too long for the network: refused with the limit, nothing queued.
        var tooLong = await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/replies", new { text = new string('a', 300) }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("280", await tooLong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        // Refused for good: the reply fails with the source's reason and can be retried by hand.
        await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/replies", new { text = "REFUSE this one" }, Ct);
        detail = await WaitForAsync(client, ws, id, d => d["timeline"]!.AsArray().Any(i => i!["replyState"]?.GetValue<string>() == "failed"));
        Assert.Contains(detail["timeline"]!.AsArray(), i => i!["error"]?.GetValue<string>() == "The post was deleted.");

        // The customer answers the agent's reply, naming no brand: it is kept, and joins the case.
        var replyId = detail["timeline"]!.AsArray().First(i => i!["replyState"]?.GetValue<string>() == "sent")!["externalId"]!.GetValue<string>();
        await client.PushAsync(ws, source, Post("r2", "ok makasih min, saya tunggu kabarnya", handle: "dewi", inReplyTo: replyId));
        await WaitForAsync(client, ws, id, d => d["timeline"]!.AsArray().Count(i => i!["kind"]!.GetValue<string>() == "customer_message") == 2);
    }

    [Fact]
    public async Task A_source_that_cannot_reply_is_answered_elsewhere_and_notes_are_not_responses()
    {
        var (ws, client) = await Factory.NewWorkspaceAsync("elsewhere");
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source, Post("e1", "nusantel wifi di rumah mati terus, tolong dibantu", handle: "joko"));
        var id = (await WaitForCasesAsync(client, ws, 1))[0]!["id"]!.GetValue<long>();

        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/replies", new { text = "halo" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/notes", new { text = "sudah dicek teknisi" }, Ct)).StatusCode);
        Assert.Null((await CaseAsync(client, ws, id))["case"]!["firstResponseAt"]);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/answered-elsewhere", new { text = "ditelepon" }, Ct)).StatusCode);
        var detail = await CaseAsync(client, ws, id);
        Assert.NotNull(detail["case"]!["firstResponseAt"]);
        Assert.Contains(detail["timeline"]!.AsArray(), i => i!["kind"]!.GetValue<string>() == "answered_elsewhere" && i["actorName"]!.GetValue<string>().StartsWith("API key", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_breach_is_recorded_once_on_the_timeline()
    {
        var (ws, client, source) = await WorkspaceAsync("breach");
        await client.PushAsync(ws, source, Post("b1", "nusantel sudah 3 hari internet mati, saya mau komplain", handle: "sari"));
        var id = (await WaitForCasesAsync(client, ws, 1))[0]!["id"]!.GetValue<long>();

        // Move the case's clock into the past, as if it had waited two days, then let the monitor pass twice.
        using (var scope = Factory.Services.CreateScope())
        {
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<PantauDbContext>>().CreateDbContextAsync(Ct);
            // Set values rather than saving tracked rows: the running monitor may touch the case meanwhile.
            var past = TimeSpan.FromDays(2);
            var @case = await db.Cases.AsNoTracking().FirstAsync(c => c.Id == id, Ct);
            DateTimeOffset? due = @case.SlaDueAt - past, warn = @case.SlaWarnAt - past;
            await db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(u => u.SetProperty(c => c.SlaDueAt, due).SetProperty(c => c.SlaWarnAt, warn), Ct);
            foreach (var entry in await db.CaseEntries.AsNoTracking().Where(e => e.CaseId == id).ToListAsync(Ct))
            {
                var at = entry.At - past;
                await db.CaseEntries.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.At, at), Ct);
            }

            // The monitor covers the interval since its last pass; this case's deadline moved to before it.
            await db.ProcessingCursors.Where(c => c.Name == SlaMonitor.CursorName).ExecuteUpdateAsync(u => u.SetProperty(c => c.Position, 0), Ct);
            var monitor = Factory.Services.GetRequiredService<SlaMonitor>();
            await monitor.RunOnceAsync(TimeProvider.System.GetUtcNow(), Ct);
            await monitor.RunOnceAsync(TimeProvider.System.GetUtcNow(), Ct);
        }

        var detail = await WaitForAsync(client, ws, id, d => d["case"]!["slaBreached"]!.GetValue<bool>());
        Assert.Single(detail["timeline"]!.AsArray(), i => i!["kind"]!.GetValue<string>() == "sla_breached" && i["text"]!.GetValue<string>() == "first_response");
        using var check = Factory.Services.CreateScope();
        await using var read = await check.ServiceProvider.GetRequiredService<IDbContextFactory<PantauDbContext>>().CreateDbContextAsync(Ct);
        Assert.Equal(1, await read.SlaEvents.CountAsync(e => e.CaseId == id && e.IsBreach && e.Metric == Pantau.Core.Care.SlaMetric.FirstResponse, Ct));
    }

    [Fact]
    public async Task Viewers_read_but_cannot_work_and_other_workspaces_see_nothing()
    {
        var (ws, client, source) = await WorkspaceAsync("roles");
        await client.PushAsync(ws, source, Post("v1", "nusantel kok sinyal lemot banget ya?", handle: "tono"));
        var id = (await WaitForCasesAsync(client, ws, 1))[0]!["id"]!.GetValue<long>();

        var viewer = await Factory.ClientForAsync(ws, WorkspaceRole.Viewer);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync($"{Api.Workspace(ws)}/cases/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/replies", new { text = "halo" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/{id}/status", new { status = "resolved" }, Ct)).StatusCode);

        var (other, otherClient) = await Factory.NewWorkspaceAsync("elsewhere");
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"{Api.Workspace(other)}/cases/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.PostAsJsonAsync($"{Api.Workspace(other)}/cases/{id}/status", new { status = "resolved" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"{Api.Workspace(ws)}/cases", Ct)).StatusCode);
    }

    [Fact]
    public async Task Filters_views_tags_and_bulk_actions()
    {
        var (ws, client, source) = await WorkspaceAsync("filters");
        await client.PushAsync(ws, source,
            Post("f1", "nusantel sinyal hilang, saya akan lapor ke YLKI dan somasi kalau tidak diperbaiki", handle: "hukum"),
            Post("f2", "nusantel jam berapa gerai buka hari minggu?", handle: "tanya"));
        var rows = await WaitForCasesAsync(client, ws, 2);
        Assert.Equal("hukum", rows[0]!["author"]!["handle"]!.GetValue<string>());

        var risk = await (await client.GetAsync($"{Api.Workspace(ws)}/cases?view=risk", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Single(risk["rows"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Api.Workspace(ws)}/cases?status=later", Ct)).StatusCode);

        var ids = rows.Select(r => r!["id"]!.GetValue<long>()).ToArray();
        var bulk = await (await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/bulk", new { caseIds = ids, action = "tag", tags = JaringanTag }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.All(bulk.AsArray(), r => Assert.True(r!["ok"]!.GetValue<bool>()));
        var tagged = await (await client.GetAsync($"{Api.Workspace(ws)}/cases?tag=jaringan", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, tagged["total"]!.GetValue<int>());

        await client.PostAsJsonAsync($"{Api.Workspace(ws)}/cases/bulk", new { caseIds = ids, action = "resolve" }, Ct);
        var open = await (await client.GetAsync($"{Api.Workspace(ws)}/cases", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, open["total"]!.GetValue<int>());
        var resolved = await (await client.GetAsync($"{Api.Workspace(ws)}/cases?status=resolved", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, resolved["total"]!.GetValue<int>());
    }
}
