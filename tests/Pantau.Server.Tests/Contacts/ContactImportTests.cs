using System.Text;
using Microsoft.Data.Sqlite;

namespace Pantau.Server.Tests.Contacts;

/// <summary><c>pantau contacts import</c>, run as an operator runs it, against a real database file.</summary>
public sealed class ContactImportTests : IDisposable
{
    private const string Crm = """
        customer_id,email,name,vip,tags,loyalty_tier,city
        C-1,ani@example.com,Ani Lestari,ya,pelanggan-setia;KORPORAT,gold,Jakarta
        C-2,budi@example.com,"Budi, S.Kom",no,,silver,"Bandung
        (kantor pusat)"
        C-3,,"Citra ""Cici"" Dewi",1,vip,bronze,
        ,,Tanpa Kunci,,,,
        C-4,bukan-email,Salah,,,,
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("pantau-contacts-cli-").FullName;

    [Fact]
    public async Task A_crm_export_becomes_contacts_with_custom_fields_and_rejected_rows_are_named_by_line()
    {
        await WorkspaceAsync();
        await File.WriteAllTextAsync(Path.Combine(_folder, "crm.csv"), Crm + "\n", new UTF8Encoding(true), TestContext.Current.CancellationToken);

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["contacts", "import", "crm.csv", "--workspace", "toko"]);
        Assert.True(code == 0, output + error);
        Assert.Matches(@"read\s+5", output);
        Assert.Matches(@"created\s+3", output);
        Assert.Matches(@"matched\s+0", output);
        Assert.Matches(@"rejected\s+2", output);
        Assert.Contains("line 6: no customer_id, email or account", output, StringComparison.Ordinal);
        Assert.Contains("line 7: email 'bukan-email' is not an e-mail address", output, StringComparison.Ordinal);

        var rows = await ContactsAsync();
        Assert.Equal(3, rows.Count);
        var ani = rows["C-1"];
        Assert.Equal(("Ani Lestari", "ani@example.com", true), (ani.Name, ani.Email, ani.Vip));
        Assert.Equal("""{"city":"Jakarta","loyalty_tier":"gold"}""", ani.Fields);
        Assert.Equal("korporat;pelanggan-setia", ani.Tags);
        var budi = rows["C-2"];
        Assert.Equal("Budi, S.Kom", budi.Name);
        Assert.False(budi.Vip);
        Assert.Contains("Bandung\\n(kantor pusat)", budi.Fields, StringComparison.Ordinal);
        Assert.Equal("Citra \"Cici\" Dewi", rows["C-3"].Name);
        Assert.True(rows["C-3"].Vip);
    }

    [Fact]
    public async Task Importing_again_updates_instead_of_duplicating_and_a_dry_run_writes_nothing()
    {
        await WorkspaceAsync();
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(_folder, "crm.csv"), Crm, ct);
        Assert.Equal(0, (await Server.RunPipedAsync(_folder, ["contacts", "import", "crm.csv", "--workspace", "toko"])).ExitCode);

        var (code, output, _) = await Server.RunPipedAsync(_folder, ["contacts", "import", "crm.csv", "--workspace", "toko"]);
        Assert.Equal(0, code);
        Assert.Matches(@"matched\s+3", output);
        Assert.Matches(@"created\s+0", output);
        Assert.Matches(@"updated\s+0", output);
        Assert.Equal(3, (await ContactsAsync()).Count);

        // A changed tier, a new customer matched by e-mail (the CRM gave them an id), a new one: a dry run counts, writes nothing.
        await File.WriteAllTextAsync(Path.Combine(_folder, "changes.csv"), """
            customer_id,email,loyalty_tier
            C-1,,platinum
            C-9,budi@example.com,silver
            C-10,new@example.com,bronze
            C-10,new@example.com,silver
            """, ct);
        (code, output, _) = await Server.RunPipedAsync(_folder, ["contacts", "import", "changes.csv", "--workspace", "toko", "--dry-run"]);
        Assert.Equal(0, code);
        Assert.Contains("Dry run", output, StringComparison.Ordinal);
        Assert.Matches(@"matched\s+3", output);
        Assert.Matches(@"created\s+1", output);
        Assert.Matches(@"updated\s+2", output);
        Assert.Contains("line 3: the contact matched by e-mail has customer id C-2; kept", output, StringComparison.Ordinal);
        var before = await ContactsAsync();
        Assert.Equal(3, before.Count);
        Assert.Contains("gold", before["C-1"].Fields, StringComparison.Ordinal);

        (code, output, _) = await Server.RunPipedAsync(_folder, ["contacts", "import", "changes.csv", "--workspace", "toko"]);
        Assert.Equal(0, code);
        var after = await ContactsAsync();
        Assert.Equal(4, after.Count);
        Assert.Contains("platinum", after["C-1"].Fields, StringComparison.Ordinal);
        Assert.Equal("budi@example.com", after["C-2"].Email); // matched by e-mail; the CRM id it already had is not overwritten
        Assert.Contains("silver", after["C-10"].Fields, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_quoting_is_reported_on_its_line_and_the_rows_after_it_are_still_read()
    {
        await WorkspaceAsync();
        await File.WriteAllTextAsync(Path.Combine(_folder, "broken.csv"), string.Join('\n',
            "email,name",
            "a@example.com,Ani",
            "b@example.com,Bu\"di",
            "c@example.com,\"Citra\"x",
            "d@example.com,Dewi",
            "e@example.com,\"Eka tidak pernah ditutup",
            "f@example.com,Fajar") + "\n", TestContext.Current.CancellationToken);

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["contacts", "import", "broken.csv", "--workspace", "toko"]);
        Assert.True(code == 0, output + error);
        Assert.Contains("line 3: a quote inside the unquoted column 2", output, StringComparison.Ordinal);
        Assert.Contains("line 4: text after the closing quote of column 2", output, StringComparison.Ordinal);
        Assert.Contains("line 6: a quoted field (column 2) is never closed", output, StringComparison.Ordinal);
        Assert.Matches(@"created\s+3", output);
        Assert.Equal(["a@example.com", "d@example.com", "f@example.com"], (await ContactsAsync()).Values.Select(c => c.Email).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Exit_codes_say_whether_the_arguments_or_the_file_are_wrong()
    {
        await WorkspaceAsync();
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(_folder, "ok.csv"), "email\na@example.com\n", ct);
        await File.WriteAllTextAsync(Path.Combine(_folder, "noheader.csv"), "foo,bar\n1,2\n", ct);

        Assert.Equal(2, (await Server.RunPipedAsync(_folder, ["contacts", "import", "ok.csv"])).ExitCode);
        Assert.Equal(2, (await Server.RunPipedAsync(_folder, ["contacts", "import", "--workspace", "toko"])).ExitCode);
        Assert.Equal(2, (await Server.RunPipedAsync(_folder, ["contacts", "import", "ok.csv", "--workspace", "toko", "--match", "phone"])).ExitCode);
        var (code, _, error) = await Server.RunPipedAsync(_folder, ["contacts", "import", "ok.csv", "--workspace", "nowhere"]);
        Assert.Equal(2, code);
        Assert.Contains("No workspace 'nowhere'", error, StringComparison.Ordinal);

        (code, _, error) = await Server.RunPipedAsync(_folder, ["contacts", "import", "missing.csv", "--workspace", "toko"]);
        Assert.Equal(1, code);
        Assert.Contains("missing.csv", error, StringComparison.Ordinal);
        (code, _, error) = await Server.RunPipedAsync(_folder, ["contacts", "import", "noheader.csv", "--workspace", "toko"]);
        Assert.Equal(1, code);
        Assert.Contains("noheader.csv:1: the header names none of customer_id, email and handle", error, StringComparison.Ordinal);

        (code, var output, _) = await Server.RunPipedAsync(_folder, ["contacts", "import", "-", "--workspace", "toko", "--match", "email"], "email,name\na@example.com,Ani\n");
        Assert.Equal(0, code);
        Assert.Matches(@"created\s+1", output);
    }

    private async Task WorkspaceAsync()
    {
        var (code, output) = await Server.RunAsync(_folder, ["user", "add", "--email", "ops@toko.example", "--role", "Admin", "--workspace", "Toko", "--password", "Ops-Password-123"]);
        Assert.True(code == 0, output);
    }

    private async Task<Dictionary<string, (string Name, string? Email, bool Vip, string Fields, string Tags)>> ContactsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "pantau-data", "pantau.db")};Pooling=false");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c."Id", c."CustomerId", c."DisplayName", c."Email", c."Vip", c."CustomFieldsJson",
                   COALESCE((SELECT group_concat("Tag", ';') FROM (SELECT "Tag" FROM "ContactTags" t WHERE t."ContactId" = c."Id" ORDER BY "Tag")), '')
            FROM "Contacts" c
            """;
        var result = new Dictionary<string, (string, string?, bool, string, string)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            var key = reader.IsDBNull(1) ? "#" + reader.GetInt64(0).ToString(System.Globalization.CultureInfo.InvariantCulture) : reader.GetString(1);
            result[key] = (reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetBoolean(4), reader.GetString(5), reader.GetString(6));
        }

        return result;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
