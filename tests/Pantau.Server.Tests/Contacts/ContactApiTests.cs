using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data.Entities;

namespace Pantau.Server.Tests.Contacts;

/// <summary>Customer profiles over the REST API: what a profile shows, editing, merge and split with their audit, suggestions, roles and isolation.</summary>
public sealed class ContactApiTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_profile_shows_accounts_mentions_cases_trend_first_and_last_contact_and_reach()
    {
        var s = await ContactSetup.NewAsync(fixture.Factory, "profile");
        var x = await s.AccountAsync("x", "ani_x", "Ani Lestari", 1200, "sinyal lemot kecewa banget", "terima kasih sudah dibantu, mantap");
        var ig = await s.AccountAsync("instagram", "ani.ig", "Ani L", 300, "paket data habis terus");
        var stranger = await s.AccountAsync("x", "budi", "Budi", 50, "biasa saja");
        var contact = await s.ContactAsync("Ani Lestari", x, ig);
        var (_, number) = await s.CaseAsync(contact, x);
        await s.CaseAsync(contact, ig, CaseStatus.Resolved);
        await s.ContactAsync("Budi", stranger);

        var profile = await (await s.Client.GetAsync(s.Path($"/{contact}"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Ani Lestari", profile["displayName"]!.GetValue<string>());
        var accounts = profile["accounts"]!.AsArray();
        Assert.Equal(["ani.ig", "ani_x"], accounts.Select(a => a!["handle"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(1200, profile["reach"]!.GetValue<long>());
        Assert.Equal(3, profile["totalMentions"]!.GetValue<int>());
        Assert.Equal(2, profile["casesTotal"]!.GetValue<int>());
        Assert.Equal(1, profile["openCases"]!.GetValue<int>());
        Assert.Contains(profile["cases"]!.AsArray(), c => c!["number"]!.GetValue<int>() == number && c["status"]!.GetValue<string>() == "open");
        Assert.Contains(profile["cases"]!.AsArray(), c => c!["status"]!.GetValue<string>() == "resolved" && c["resolvedAt"] is not null);
        Assert.NotNull(profile["firstContactAt"]);
        Assert.True(profile["firstContactAt"]!.GetValue<DateTimeOffset>() <= profile["lastContactAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal("Asia/Jakarta", profile["timeZone"]!.GetValue<string>());
        var trend = profile["sentimentTrend"]!.AsArray();
        Assert.Equal(12, trend.Count);
        Assert.Equal(3, trend.Sum(w => w!["positive"]!.GetValue<int>() + w["neutral"]!.GetValue<int>() + w["negative"]!.GetValue<int>()));
        Assert.Equal(3, trend[^1]!["total"]!.GetValue<int>());
        Assert.Equal(DayOfWeek.Monday, DateOnly.Parse(trend[0]!["weekOf"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).DayOfWeek);

        var mentions = await (await s.Client.GetAsync(s.Path($"/{contact}/mentions?page=1"), Ct)).JsonAsync(HttpStatusCode.OK);
        var items = mentions["items"]!.AsArray();
        Assert.Equal(3, items.Count);
        Assert.All(items, m => Assert.Contains(m!["author"]!["handle"]!.GetValue<string>(), (string[])["ani_x", "ani.ig"]));
        var times = items.Select(m => m!["publishedAt"]!.GetValue<DateTimeOffset>()).ToList();
        Assert.Equal(times.OrderDescending(), times);

        // The list finds the contact by an account's handle and by name, with its accounts and case count.
        foreach (var q in new[] { "@ani.ig", "lestari", "ANI_X" })
        {
            var page = await (await s.Client.GetAsync(s.Path($"?q={Uri.EscapeDataString(q)}"), Ct)).JsonAsync(HttpStatusCode.OK);
            var row = Assert.Single(page["items"]!.AsArray())!;
            Assert.Equal(contact, row["id"]!.GetValue<long>());
            Assert.Equal(2, row["cases"]!.GetValue<int>());
            Assert.Equal(2, row["accounts"]!.AsArray().Count);
        }

        var all = await (await s.Client.GetAsync(s.Path(), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, all["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Editing_sets_vip_tags_email_customer_id_notes_and_custom_fields_and_refuses_bad_values()
    {
        var s = await ContactSetup.NewAsync(fixture.Factory, "edit");
        var contact = await s.ContactAsync("Citra", await s.AccountAsync("x", "citra", "Citra", 10, "halo"));

        var patched = await (await s.Client.PatchAsJsonAsync(s.Path($"/{contact}"), new
        {
            vip = true,
            email = " Citra@Example.COM ",
            customerId = "CRM-77",
            notes = "Suka ditelepon sore.",
            addTags = (string[])[" Pelanggan-Setia ", "korporat", "korporat"],
            customFields = new Dictionary<string, string?> { ["loyalty_tier"] = "gold", ["city"] = "Bandung" },
        }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(patched["vip"]!.GetValue<bool>());
        Assert.Equal("citra@example.com", patched["email"]!.GetValue<string>());
        Assert.Equal("CRM-77", patched["customerId"]!.GetValue<string>());
        Assert.Equal(["korporat", "pelanggan-setia"], patched["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("gold", patched["customFields"]!["loyalty_tier"]!.GetValue<string>());

        patched = await (await s.Client.PatchAsJsonAsync(s.Path($"/{contact}"), new
        {
            removeTags = (string[])["KORPORAT"],
            customFields = new Dictionary<string, string?> { ["city"] = null },
            email = "",
        }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["pelanggan-setia"], patched["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Null(patched["customFields"]!["city"]);
        Assert.Null(patched["email"]);
        Assert.Equal("Suka ditelepon sore.", patched["notes"]!.GetValue<string>());

        var vips = await (await s.Client.GetAsync(s.Path("?vip=true&tag=Pelanggan-Setia"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(contact, Assert.Single(vips["items"]!.AsArray())!["id"]!.GetValue<long>());

        foreach (var (body, field) in new (object Body, string Field)[]
        {
            (new { addTags = new[] { new string('t', 65) } }, "tags"),
            (new { email = "bukan email" }, "email"),
            (new { displayName = " " }, "displayName"),
            (new { customFields = new Dictionary<string, string?> { ["x"] = new string('v', 1001) } }, "customFields"),
        })
        {
            var problem = await (await s.Client.PatchAsJsonAsync(s.Path($"/{contact}"), body, Ct)).JsonAsync(HttpStatusCode.BadRequest);
            Assert.NotNull(problem["errors"]![field]);
        }
    }

    [Fact]
    public async Task Merging_moves_accounts_and_cases_combines_the_rest_and_records_it_on_every_case()
    {
        var s = await ContactSetup.NewAsync(fixture.Factory, "merge");
        var a1 = await s.AccountAsync("x", "dewi", "Dewi", 500, "sinyal hilang");
        var b1 = await s.AccountAsync("facebook", "dewi.fb", "Dewi S", 900, "tagihan salah");
        var a = await s.ContactAsync("Dewi", a1);
        var b = await s.ContactAsync("Dewi S", b1);
        await s.Client.PatchAsJsonAsync(s.Path($"/{a}"), new { addTags = (string[])["a-tag"], customFields = new Dictionary<string, string?> { ["tier"] = "gold" }, notes = "Catatan A" }, Ct);
        await s.Client.PatchAsJsonAsync(s.Path($"/{b}"), new { addTags = (string[])["b-tag"], customerId = "CRM-9", vip = true, customFields = new Dictionary<string, string?> { ["tier"] = "silver", ["city"] = "Medan" }, notes = "Catatan B" }, Ct);
        var (caseA, _) = await s.CaseAsync(a, a1);
        var (caseB, _) = await s.CaseAsync(b, b1);

        var merged = await (await s.Client.PostAsJsonAsync(s.Path($"/{a}/merge"), new { otherContactId = b }, Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, merged["authorsMoved"]!.GetValue<int>());
        Assert.Equal(1, merged["casesMoved"]!.GetValue<int>());

        var profile = await (await s.Client.GetAsync(s.Path($"/{a}"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, profile["accounts"]!.AsArray().Count);
        Assert.Equal(["a-tag", "b-tag"], profile["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("gold", profile["customFields"]!["tier"]!.GetValue<string>());
        Assert.Equal("Medan", profile["customFields"]!["city"]!.GetValue<string>());
        Assert.Equal("CRM-9", profile["customerId"]!.GetValue<string>());
        Assert.True(profile["vip"]!.GetValue<bool>());
        Assert.Equal("Catatan A\n\nCatatan B", profile["notes"]!.GetValue<string>());
        Assert.Equal(2, profile["casesTotal"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(s.Path($"/{b}"), Ct)).StatusCode);

        await using var db = s.Db();
        Assert.Equal(a, (await db.Cases.SingleAsync(c => c.Id == caseB, Ct)).ContactId);
        var entries = await db.CaseEntries.Where(e => e.CaseId == caseA || e.CaseId == caseB).ToListAsync(Ct);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.Equal(CaseEntryKind.ContactChanged, e.Kind);
            Assert.Equal("API key test", e.ActorName);
            var data = JsonNode.Parse(e.DataJson!)!;
            Assert.Equal("merge", data["action"]!.GetValue<string>());
            Assert.Equal(b, data["from"]!["id"]!.GetValue<long>());
            Assert.Equal(a, data["to"]!["id"]!.GetValue<long>());
        });

        Assert.Equal(HttpStatusCode.BadRequest, (await s.Client.PostAsJsonAsync(s.Path($"/{a}/merge"), new { otherContactId = a }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.PostAsJsonAsync(s.Path($"/{a}/merge"), new { otherContactId = b }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Splitting_detaches_an_account_with_its_cases_into_a_new_contact_and_records_it()
    {
        var s = await ContactSetup.NewAsync(fixture.Factory, "split");
        var keep = await s.AccountAsync("x", "eka", "Eka", 100, "halo");
        var wrong = await s.AccountAsync("instagram", "eka.lain", "Eka Lain", 40, "bukan saya");
        await s.ProfileOfAsync(wrong, email: "lain@example.com");
        var contact = await s.ContactAsync("Eka", keep, wrong);
        var (stays, _) = await s.CaseAsync(contact, keep);
        var (moves, _) = await s.CaseAsync(contact, wrong);

        var split = await (await s.Client.PostAsJsonAsync(s.Path($"/{contact}/split"), new { authorId = wrong }, Ct)).JsonAsync(HttpStatusCode.Created);
        var created = split["contactId"]!.GetValue<long>();
        Assert.Equal(1, split["casesMoved"]!.GetValue<int>());

        var profile = await (await s.Client.GetAsync(s.Path($"/{created}"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Eka Lain", profile["displayName"]!.GetValue<string>());
        Assert.Equal("lain@example.com", profile["email"]!.GetValue<string>());
        Assert.Equal(wrong, Assert.Single(profile["accounts"]!.AsArray())!["authorId"]!.GetValue<long>());
        var old = await (await s.Client.GetAsync(s.Path($"/{contact}"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(keep, Assert.Single(old["accounts"]!.AsArray())!["authorId"]!.GetValue<long>());

        await using var db = s.Db();
        Assert.Equal(created, (await db.Cases.SingleAsync(c => c.Id == moves, Ct)).ContactId);
        Assert.Equal(contact, (await db.Cases.SingleAsync(c => c.Id == stays, Ct)).ContactId);
        var entry = await db.CaseEntries.SingleAsync(e => e.CaseId == moves, Ct);
        Assert.Equal(CaseEntryKind.ContactChanged, entry.Kind);
        Assert.Equal("API key test", entry.ActorName);
        var data = JsonNode.Parse(entry.DataJson!)!;
        Assert.Equal("split", data["action"]!.GetValue<string>());
        Assert.Equal(contact, data["from"]!["id"]!.GetValue<long>());
        Assert.Equal(created, data["to"]!["id"]!.GetValue<long>());
        Assert.False(await db.CaseEntries.AnyAsync(e => e.CaseId == stays, Ct));

        // The last account cannot be split from itself; an account of another contact is not this contact's.
        Assert.Equal(HttpStatusCode.Conflict, (await s.Client.PostAsJsonAsync(s.Path($"/{contact}/split"), new { authorId = keep }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.PostAsJsonAsync(s.Path($"/{contact}/split"), new { authorId = wrong }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Suggestions_name_same_email_same_name_and_avatar_and_links_in_bios()
    {
        var s = await ContactSetup.NewAsync(fixture.Factory, "suggest");
        var me = await s.AccountAsync("x", "fajar", "Fajar Nugroho", 10, "halo");
        await s.ProfileOfAsync(me, email: "fajar@example.com", avatar: "https://cdn.example/a/fajar.jpg?s=48", bio: "Cek juga ig: instagram.com/fajar.ig");
        var byEmail = await s.AccountAsync("email", "fajar@example.com", "F. Nugroho", 0, "email saya");
        await s.ProfileOfAsync(byEmail, email: "FAJAR@example.com");
        var byFace = await s.AccountAsync("facebook", "fajar.n", "Fajar Nugroho", 20, "fb saya");
        await s.ProfileOfAsync(byFace, avatar: "https://cdn.example/a/fajar.jpg?s=200");
        var byBio = await s.AccountAsync("instagram", "fajar.ig", "fjr", 30, "ig saya");
        var unrelated = await s.AccountAsync("x", "gita", "Gita", 5, "lain");
        await s.ProfileOfAsync(unrelated, email: "gita@example.com", avatar: "https://cdn.example/a/gita.jpg");

        var contact = await s.ContactAsync("Fajar", me);
        var emailContact = await s.ContactAsync("F. Nugroho", byEmail);
        var faceContact = await s.ContactAsync("Fajar Nugroho", byFace);
        var bioContact = await s.ContactAsync("fjr", byBio);
        await s.ContactAsync("Gita", unrelated);

        var suggestions = (await (await s.Client.GetAsync(s.Path($"/{contact}/suggestions"), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray();
        var reasons = suggestions.Select(x => (x!["otherContactId"]!.GetValue<long>(), x["reason"]!.GetValue<string>())).ToList();
        Assert.Contains((emailContact, "sameEmail"), reasons);
        Assert.Contains((faceContact, "sameNameAndAvatar"), reasons);
        Assert.Contains((bioContact, "linkInBio"), reasons);
        Assert.Equal(3, reasons.Select(r => r.Item1).Distinct().Count());
        Assert.Equal("sameEmail", suggestions[0]!["reason"]!.GetValue<string>());
        Assert.All(suggestions, x => Assert.False(string.IsNullOrEmpty(x!["evidence"]!.GetValue<string>())));

        // The contact's own e-mail (typed or imported) counts too.
        var typed = await s.ContactAsync("Gita S");
        await s.Client.PatchAsJsonAsync(s.Path($"/{typed}"), new { email = "gita@example.com" }, Ct);
        var forTyped = (await (await s.Client.GetAsync(s.Path($"/{typed}/suggestions"), Ct)).JsonAsync(HttpStatusCode.OK)).AsArray();
        Assert.Equal("sameEmail", Assert.Single(forTyped)!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Viewers_read_agents_edit_merge_and_split_and_only_supervisors_import()
    {
        var s = await ContactSetup.NewAsync(fixture.Factory, "roles");
        var one = await s.AccountAsync("x", "hana", "Hana", 10, "halo");
        var two = await s.AccountAsync("instagram", "hana.ig", "Hana", 10, "halo");
        var contact = await s.ContactAsync("Hana", one, two);
        var other = await s.ContactAsync("Hana 2");
        var viewer = await fixture.Factory.ClientForAsync(s.WorkspaceId, WorkspaceRole.Viewer);
        var agent = await fixture.Factory.ClientForAsync(s.WorkspaceId, WorkspaceRole.Agent);

        foreach (var path in new[] { "", $"/{contact}", $"/{contact}/mentions", $"/{contact}/suggestions", $"/{contact}/summary" })
        {
            Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(s.Path(path), Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PatchAsJsonAsync(s.Path($"/{contact}"), new { vip = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(s.Path($"/{contact}/merge"), new { otherContactId = other }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(s.Path($"/{contact}/split"), new { authorId = two }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync(s.Path("/import"), Csv("email\na@example.com\n"), Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await agent.PatchAsJsonAsync(s.Path($"/{contact}"), new { vip = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await agent.PostAsJsonAsync(s.Path($"/{contact}/split"), new { authorId = two }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await agent.PostAsJsonAsync(s.Path($"/{contact}/merge"), new { otherContactId = other }, Ct)).StatusCode);

        var supervisor = await fixture.Factory.ClientForAsync(s.WorkspaceId, WorkspaceRole.Supervisor);
        var summary = await (await supervisor.PostAsync(s.Path("/import"), Csv("email,loyalty_tier\na@example.com,gold\nbroken\n"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, summary["read"]!.GetValue<int>());
        Assert.Equal(1, summary["created"]!.GetValue<int>());
        Assert.Equal(3, summary["rejections"]![0]!["line"]!.GetValue<int>());
        var unreadable = await (await supervisor.PostAsync(s.Path("/import"), Csv("foo,bar\n1,2\n"), Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(1, unreadable["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task Contacts_of_another_workspace_answer_404_everywhere()
    {
        var a = await ContactSetup.NewAsync(fixture.Factory, "iso-a");
        var b = await ContactSetup.NewAsync(fixture.Factory, "iso-b");
        var mine = await a.ContactAsync("Mine", await a.AccountAsync("x", "mine", "Mine", 1, "halo"), await a.AccountAsync("instagram", "mine.ig", "Mine", 1, "halo"));
        var bAuthor = await b.AccountAsync("x", "theirs", "Theirs", 1, "halo");
        var bSecond = await b.AccountAsync("instagram", "theirs.ig", "Theirs", 1, "halo");
        var theirs = await b.ContactAsync("Theirs", bAuthor, bSecond);

        foreach (var path in new[] { $"/{theirs}", $"/{theirs}/mentions", $"/{theirs}/suggestions", $"/{theirs}/summary" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await a.Client.GetAsync(a.Path(path), Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await a.Client.GetAsync(b.Path(path), Ct)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.PatchAsJsonAsync(a.Path($"/{theirs}"), new { vip = true }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.PostAsJsonAsync(a.Path($"/{mine}/merge"), new { otherContactId = theirs }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.PostAsJsonAsync(a.Path($"/{theirs}/merge"), new { otherContactId = mine }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.PostAsJsonAsync(a.Path($"/{mine}/split"), new { authorId = bSecond }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.PostAsync(b.Path("/import"), Csv("email\nx@example.com\n"), Ct)).StatusCode);
        Assert.Empty((await (await a.Client.GetAsync(a.Path("?q=theirs"), Ct)).JsonAsync(HttpStatusCode.OK))["items"]!.AsArray());

        await using var db = b.Db();
        Assert.Equal(2, await db.Authors.CountAsync(x => x.ContactId == theirs, Ct));
        Assert.False((await db.Contacts.SingleAsync(c => c.Id == theirs, Ct)).Vip);
    }

    [Fact]
    public async Task An_import_row_finds_an_account_by_network_and_handle_and_gives_it_a_contact()
    {
        var s = await ContactSetup.NewAsync(fixture.Factory, "import-handle");
        var joko = await s.AccountAsync("x", "joko", "Joko W", 5000, "sinyal lemot");
        var first = await (await s.Client.PostAsync(s.Path("/import"),
            Csv("network,handle,customer_id,loyalty_tier\nx,@joko,J-1,gold\nx,nobody,,\n"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, first["created"]!.GetValue<int>());
        var rejected = Assert.Single(first["rejections"]!.AsArray())!;
        Assert.Equal(3, rejected["line"]!.GetValue<int>());
        Assert.Contains("no account x @nobody", rejected["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        await using (var db = s.Db())
        {
            var contactId = (await db.Authors.SingleAsync(a => a.Id == joko, Ct)).ContactId;
            Assert.NotNull(contactId);
            var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, Ct);
            Assert.Equal(("Joko W", "J-1"), (contact.DisplayName, contact.CustomerId));
        }

        var again = await (await s.Client.PostAsync(s.Path("/import?match=handle"), Csv("network,handle,vip\nx,joko,yes\n"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1, 1, 0), (again["matched"]!.GetValue<int>(), again["updated"]!.GetValue<int>(), again["created"]!.GetValue<int>()));
        var list = await (await s.Client.GetAsync(s.Path("?vip=true"), Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("joko", Assert.Single(Assert.Single(list["items"]!.AsArray())!["accounts"]!.AsArray())!["handle"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, (await s.Client.PostAsync(s.Path("/import?match=phone"), Csv("email\n"), Ct)).StatusCode);
    }

    private static StringContent Csv(string text) => new(text, System.Text.Encoding.UTF8, "text/csv");
}
