using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pantau.Server.Tests;

/// <summary><c>pantau match</c>, run as a user runs it: the real executable, files and pipes.</summary>
public sealed class MatchCommandTests : IDisposable
{
    private static readonly string Queries = string.Join('\n',
        "# Merek demo: komentar dan baris kosong diabaikan",
        "",
        "Nusantel\tnusantel* OR nusahome OR @nusantel_care",
        "Keluhan sinyal\t(sinyal OR jaringan) NEAR/3 (lemot OR hilang OR lelet)",
        "Bank Sentosa\t(\"bank sentosa\" OR banksentosa) -promo",
        "Kopi Senja di X ☕\t\"kopi senja\" source:x",
        "Rajawali Air (judul)\ttitle:\"rajawali air\" OR title:delay",
        "Influencer\t(belanjain* OR nusantel*) followers:[10.000 TO *]",
        "Balasan {BNI}\t{BNI} is:reply");

    private const string Posts = """
        {"id": 1, "text": "Sinyal #NusantelCare lemooot banget dari pagi", "followers": 25000}
        {"id": "x-2", "text": "Ngopi di Kopi Senja dulu ☕", "source": "x"}
        {"id": 3, "text": "Kopi Senja enak", "source": "instagram"}
        {"id": 4, "text": "Promo Bank Sentosa hari ini"}
        {"id": 5, "text": "Penerbangan ditunda dua jam", "title": "Rajawali Air delay lagi"}
        {"id": 6, "text": "jaringan di rumah sampai hilang"}
        {"id": 7, "text": "jaringan di rumah sampai sekarang hilang"}
        {"id": 8, "text": "Sudah transfer ke BNI belum?", "isReply": true}
        {"id": 9, "text": "sudah transfer ke bni belum?", "isReply": true}
        {"id": 10, "text": "Pakai 𝐍𝐮𝐬𝐚𝐧𝐭é𝐥 sejak 2019", "author": "@budi", "unknown": [1, 2]}
        """;

    // Names come in the order of the queries file (Nusantel before Keluhan sinyal), not alphabetically.
    private const string Expected = """
        {"id":1,"matches":["Nusantel","Keluhan sinyal","Influencer"]}
        {"id":"x-2","matches":["Kopi Senja di X ☕"]}
        {"id":3,"matches":[]}
        {"id":4,"matches":[]}
        {"id":5,"matches":["Rajawali Air (judul)"]}
        {"id":6,"matches":["Keluhan sinyal"]}
        {"id":7,"matches":[]}
        {"id":8,"matches":["Balasan {BNI}"]}
        {"id":9,"matches":[]}
        {"id":10,"matches":["Nusantel"]}

        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("pantau-match-").FullName;

    [Fact]
    public async Task Posts_from_a_file_get_the_names_of_the_queries_they_match_in_file_order()
    {
        await WriteAsync("queries.tsv", Queries);
        await WriteAsync("posts.jsonl", Posts);

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "--queries", "queries.tsv", "posts.jsonl"]);

        Assert.True(code == 0, error);
        Assert.Equal(Expected, output);
        Assert.Empty(error);
        Assert.False(Directory.Exists(Path.Combine(_folder, "pantau-data")), "match must not create or open a database");
    }

    [Fact]
    public async Task Posts_from_standard_input_give_the_same_output()
    {
        await WriteAsync("queries.tsv", Queries);

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "-q", "queries.tsv"], Posts + "\n");
        Assert.True(code == 0, error);
        Assert.Equal(Expected, output);

        (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "-q", "queries.tsv", "-"], Posts.ReplaceLineEndings("\r\n"));
        Assert.True(code == 0, error);
        Assert.Equal(Expected, output);
    }

    [Fact]
    public async Task Posts_shaped_like_the_demo_corpus_or_a_webhook_push_are_read_as_they_are()
    {
        await WriteAsync("queries.tsv", string.Join('\n',
            "Budi\tauthor:\"budi santoso\"",
            "Balasan di X\tsource:x is:reply",
            "Lewat webhook\tsource:webhook",
            "Akun besar\tfollowers:[10.000 TO *]"));
        const string posts = """
            {"id":"d00001","network":"x","author":{"handle":"budi_sant","name":"Budi Santoso","followers":12000,"verified":false},"title":null,"text":"kopi senja enak","inReplyTo":"d00000","repostOf":null}
            {"id":"form-1","network":"x","source":"webhook","author":{"handle":"rina.w","name":"Rina W.","followers":120},"text":"tagihan dobel"}
            """;

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "-q", "queries.tsv"], posts);

        Assert.True(code == 0, error);
        Assert.Equal(
            ["""{"id":"d00001","matches":["Budi","Balasan di X","Akun besar"]}""", """{"id":"form-1","matches":["Lewat webhook"]}"""],
            Lines(output));
    }

    [Fact]
    public async Task Every_bad_query_is_reported_at_its_line_and_column_and_nothing_is_matched()
    {
        await WriteAsync("queries.tsv", string.Join('\n',
            "# baris 1 adalah komentar",
            "Nusantel\tnusantel OR (sinyal lemot",
            "tanpa tab",
            "Nusantel\tnusahome",
            "Wildcard\tin* OR nusantel",
            "\tkopisenja",
            "Jarak\tsinyal NEAR/x lemot",
            "Cukup\t\"rajawali air\""));

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "--queries", "queries.tsv"], Posts);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Equal(
            [
                "queries.tsv:2:22: This '(' is never closed; add ')'",
                "queries.tsv:3:1: Expected a name, a TAB, then the query; this line has no TAB",
                "queries.tsv:4:1: The name 'Nusantel' is already used on line 2",
                "queries.tsv:5:10: A wildcard needs at least 3 letters before it; 'in*' has 2",
                "queries.tsv:6:1: The query has no name before the TAB",
                "queries.tsv:7:14: NEAR needs a distance in words from 0 to 100, as in NEAR/5",
            ],
            Lines(error));
    }

    [Fact]
    public async Task Bad_post_lines_are_reported_and_skipped_and_the_rest_is_matched()
    {
        await WriteAsync("queries.tsv", "Nusantel\tnusantel\n");
        await WriteAsync("posts.jsonl", """
            {"id": 1, "text": "nusantel"}
            {"id": 2, "text": "nusantel"
            {"text": "nusantel"}

            ["nusantel"]
            {"id": true, "text": "nusantel"}
            {"id": "7", "text": "nusantel", "followers": "banyak"}
            {"id": 1.50e3, "text": "Nusantel"}
            {"id": "ü-9", "text": "bukan"}
            """);

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "--queries", "queries.tsv", "posts.jsonl"]);

        Assert.Equal(1, code);
        Assert.Equal(["""{"id":1,"matches":["Nusantel"]}""", """{"id":1.50e3,"matches":["Nusantel"]}""", """{"id":"ü-9","matches":[]}"""], Lines(output));
        Assert.Equal(
            [
                "posts.jsonl:2: not valid JSON at column 29: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.",
                "posts.jsonl:3: missing \"id\"",
                "posts.jsonl:5: expected a JSON object with \"id\" and \"text\"",
                "posts.jsonl:6: \"id\" must be a string or a number",
                "posts.jsonl:7: \"followers\" must be a whole number of 0 or more",
            ],
            Lines(error));
    }

    [Fact]
    public async Task A_long_stream_is_read_line_by_line_and_an_overlong_line_is_skipped()
    {
        await WriteAsync("queries.tsv", "Kopi Senja\t\"kopi senja\"\n");
        var input = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            input.Append("{\"id\": ").Append(i).Append(", \"text\": \"").Append(i % 2 == 0 ? "ngopi di kopi senja" : "ngopi di rumah").Append("\"}\n");
        }

        input.Append("{\"id\": \"huge\", \"text\": \"").Append('a', 1 << 20).Append(" kopi senja\"}\n");
        input.Append("{\"id\": \"last\", \"text\": \"kopi senja\"}");

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "-q", "queries.tsv"], input.ToString());

        Assert.Equal(1, code);
        var lines = Lines(output);
        Assert.Equal(100_001, lines.Length);
        Assert.Equal(50_001, lines.Count(l => l.EndsWith("[\"Kopi Senja\"]}", StringComparison.Ordinal)));
        Assert.Equal("{\"id\":99999,\"matches\":[]}", lines[^2]);
        Assert.Equal("{\"id\":\"last\",\"matches\":[\"Kopi Senja\"]}", lines[^1]);
        Assert.Equal("stdin:100001: longer than 1 MiB; skipped", error.Trim());
    }

    [Fact]
    public async Task Missing_files_and_arguments_stop_it_with_status_2()
    {
        await WriteAsync("queries.tsv", "Nusantel\tnusantel\n");

        var (code, _, error) = await Server.RunPipedAsync(_folder, ["match", "--queries", "nowhere.tsv", "posts.jsonl"]);
        Assert.Equal(2, code);
        Assert.Equal("nowhere.tsv: no such file", error.Trim());

        (code, _, error) = await Server.RunPipedAsync(_folder, ["match", "--queries", "queries.tsv", "nowhere.jsonl"]);
        Assert.Equal(2, code);
        Assert.Equal("nowhere.jsonl: no such file", error.Trim());

        (code, _, error) = await Server.RunPipedAsync(_folder, ["match", "posts.jsonl"]);
        Assert.Equal(2, code);
        Assert.Contains("--queries", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_describes_both_file_formats()
    {
        var (code, output, _) = await Server.RunPipedAsync(_folder, ["match", "--help"]);

        Assert.Equal(0, code);
        foreach (var expected in new[] { "--queries", "name<TAB>query", "'#'", "\"id\"", "\"text\"", "isReply", "\"matches\"" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    /// <summary>The tables of docs/queries.md (query, posts that match, posts that do not; query, column, message) hold.</summary>
    [Fact]
    public async Task Every_example_in_the_query_reference_holds()
    {
        var (examples, errors) = QueryReference.Read();
        Assert.True(examples.Count > 100 && errors.Count > 10, "the tables of docs/queries.md were not found");

        await WriteAsync("examples.tsv", string.Concat(examples.Select((e, i) => $"q{i}\t{e.Query}\n")));
        var posts = string.Concat(examples.Select((e, i) => $"{{\"id\": {i}, {e.Post[1..]}\n"));
        var (code, output, error) = await Server.RunPipedAsync(_folder, ["match", "-q", "examples.tsv"], posts);
        Assert.True(code == 0, error);
        var wrong = Lines(output).Select((line, i) => (Example: examples[i], Matched: line.Contains($"\"q{i}\"", StringComparison.Ordinal)))
            .Where(r => r.Matched != r.Example.Matches)
            .Select(r => $"{r.Example.Query} {(r.Example.Matches ? "should match" : "should not match")} {r.Example.Post}");
        Assert.Empty(wrong);

        await WriteAsync("errors.tsv", string.Concat(errors.Select((e, i) => $"e{i}\t{e.Query}\n")));
        (code, _, error) = await Server.RunPipedAsync(_folder, ["match", "-q", "errors.tsv"], string.Empty);
        Assert.Equal(2, code);
        Assert.Equal(errors.Select((e, i) => $"errors.tsv:{i + 1}:{e.Column + $"e{i}\t".Length}: {e.Message}"), Lines(error));
    }

    private Task WriteAsync(string name, string content) =>
        File.WriteAllTextAsync(Path.Combine(_folder, name), content, TestContext.Current.CancellationToken);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The example tables of docs/queries.md, read so that a test can check them.</summary>
internal static partial class QueryReference
{
    /// <summary>Each example post as a JSON object: the cell's object, or a text in an object of its own.</summary>
    public static (List<(string Query, string Post, bool Matches)> Examples, List<(string Query, int Column, string Message)> Errors) Read()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "Pantau.slnx")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("The checkout (Pantau.slnx) is not above the test binaries.");
        }

        var examples = new List<(string, string, bool)>();
        var errors = new List<(string, int, string)>();
        string[]? header = null;
        foreach (var line in File.ReadLines(Path.Combine(folder.FullName, "docs", "queries.md")))
        {
            if (!line.StartsWith('|'))
            {
                header = null;
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (header is null)
            {
                header = cells;
                continue;
            }

            if (cells[0].StartsWith("---", StringComparison.Ordinal))
            {
                continue;
            }

            if (header is ["Query", "Matches", ..])
            {
                var query = Code(cells[0]).Single();
                for (var column = 1; column < cells.Length; column++)
                {
                    examples.AddRange(Code(cells[column]).Select(post =>
                        (query, post.StartsWith("{\"", StringComparison.Ordinal) ? post : JsonSerializer.Serialize(new { text = post }), column == 1)));
                }
            }
            else if (header is ["Query", "Column", "Message"])
            {
                errors.Add((Code(cells[0]).Single(), int.Parse(cells[1], CultureInfo.InvariantCulture), cells[2]));
            }
        }

        return (examples, errors);
    }

    private static IEnumerable<string> Code(string cell) => CodeSpan().Matches(cell).Select(m => m.Groups[1].Value);

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex CodeSpan();
}
