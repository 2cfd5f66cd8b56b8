using System.Text;
using System.Text.Json;

namespace Pantau.Server.Tests;

/// <summary><c>pantau analyze</c>, run as a user runs it: the real executable and the models it ships, texts piped in.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private static readonly string[] Properties = ["text", "language", "sentiment", "sentimentScore", "intent", "risk", "spam", "spamScore", "explanation"];
    private static readonly string[] Languages = ["id", "en", "jv", "su", "ms", "und"];
    private static readonly string[] SentimentValues = ["positive", "negative", "neutral"];
    private static readonly string[] Intents = ["complaint", "question", "praise", "other"];

    private const string Complaint = "Sinyal Nusantel lemot banget dari pagi, kecewa parah, tolong diperbaiki";
    private const string Gambling = "SLOT GACOR hari ini maxwin 100% deposit 10rb pasti jp klik link bio";
    private const string Legal = "saya akan lapor polisi dan somasi";
    private const string EmojiOnly = "😡😡😡";

    private readonly string _folder = Directory.CreateTempSubdirectory("pantau-analyze-").FullName;

    [Fact]
    public async Task Each_text_from_standard_input_gets_one_json_line_with_what_the_models_read()
    {
        var (code, output, error) = await Server.RunPipedAsync(_folder, ["analyze"], string.Join('\n', Complaint, Gambling, Legal, "", EmojiOnly) + "\n");

        Assert.True(code == 0, error);
        Assert.Empty(error);
        var lines = Read(output);
        Assert.Equal(5, lines.Count);
        Assert.Equal([Complaint, Gambling, Legal, "", EmojiOnly], lines.Select(l => l.GetProperty("text").GetString()));

        var complaint = lines[0];
        Assert.Equal("id", complaint.GetProperty("language").GetString());
        Assert.Equal("negative", complaint.GetProperty("sentiment").GetString());
        Assert.True(complaint.GetProperty("sentimentScore").GetDouble() < 0);
        Assert.Equal("complaint", complaint.GetProperty("intent").GetString());
        Assert.False(complaint.GetProperty("spam").GetBoolean());
        Assert.NotEmpty(Strings(complaint, "explanation"));

        var gambling = lines[1];
        Assert.True(gambling.GetProperty("spam").GetBoolean());
        Assert.True(gambling.GetProperty("spamScore").GetDouble() >= 0.5);
        Assert.Equal("other", gambling.GetProperty("intent").GetString());

        var legal = lines[2];
        Assert.Contains("legal", Strings(legal, "risk"));
        Assert.Contains(Strings(legal, "explanation"), e => e.StartsWith("risk: ", StringComparison.Ordinal));

        var empty = lines[3];
        Assert.Equal("und", empty.GetProperty("language").GetString());
        Assert.Empty(Strings(empty, "risk"));
        Assert.False(empty.GetProperty("spam").GetBoolean());

        Assert.Equal("und", lines[4].GetProperty("language").GetString());
        Assert.Equal("negative", lines[4].GetProperty("sentiment").GetString());
    }

    [Fact]
    public async Task A_file_argument_gives_the_same_lines_as_standard_input()
    {
        var texts = string.Join("\r\n", Complaint, Legal, "wes tekan ngendi cah? aku wes neng parkiran iki");
        await File.WriteAllTextAsync(Path.Combine(_folder, "texts.txt"), texts, new UTF8Encoding(true), TestContext.Current.CancellationToken);

        var (code, fromFile, error) = await Server.RunPipedAsync(_folder, ["analyze", "texts.txt"]);
        Assert.True(code == 0, error);
        var (piped, fromStdin, _) = await Server.RunPipedAsync(_folder, ["analyze", "-"], texts);
        Assert.Equal(0, piped);

        Assert.Equal(fromStdin, fromFile);
        var lines = Read(fromFile);
        Assert.Equal(3, lines.Count);
        Assert.Equal(Complaint, lines[0].GetProperty("text").GetString());
        Assert.Equal("jv", lines[2].GetProperty("language").GetString());
    }

    [Fact]
    public async Task A_missing_file_or_model_folder_stops_it_with_status_2_and_a_message()
    {
        var (code, output, error) = await Server.RunPipedAsync(_folder, ["analyze", "nowhere.txt"]);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("nowhere.txt", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        (code, output, error) = await Server.RunPipedAsync(_folder, ["analyze", "--models", "no-models"], Complaint);
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("no-models", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_line_is_cut_and_answered_with_one_line_and_the_next_line_still_read()
    {
        var longLine = "kecewa " + new string('x', 200_000);
        var emojiLine = "a" + string.Concat(Enumerable.Repeat(EmojiOnly[..2], 100_000));
        var input = string.Join('\n', longLine, emojiLine, Legal) + "\n";

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["analyze"], input);

        Assert.True(code == 0, error);
        var lines = Read(output);
        Assert.Equal(3, lines.Count);
        var cut = lines[0].GetProperty("text").GetString()!;
        Assert.Equal(64 * 1024, cut.Length);
        Assert.StartsWith("kecewa xxx", cut, StringComparison.Ordinal);

        // The cut falls inside an emoji: the text keeps whole emoji only, never half of one.
        var emoji = lines[1].GetProperty("text").GetString()!;
        Assert.Equal(64 * 1024 - 1, emoji.Length);
        Assert.EndsWith("😡", emoji, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', emoji);

        Assert.Equal(Legal, lines[2].GetProperty("text").GetString());
    }

    /// <summary>Parses every output line as a JSON object with exactly the documented properties, in order, of the right kinds.</summary>
    private static List<JsonElement> Read(string output)
    {
        var lines = output.Split('\n');
        Assert.Equal("", lines[^1]);
        var parsed = new List<JsonElement>();
        foreach (var line in lines[..^1])
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement.Clone();
            Assert.Equal(JsonValueKind.Object, root.ValueKind);
            Assert.Equal(Properties, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.String, root.GetProperty("text").ValueKind);
            Assert.Contains(root.GetProperty("language").GetString(), Languages);
            Assert.Contains(root.GetProperty("sentiment").GetString(), SentimentValues);
            Assert.InRange(root.GetProperty("sentimentScore").GetDouble(), -1, 1);
            Assert.Contains(root.GetProperty("intent").GetString(), Intents);
            Assert.All(Strings(root, "risk"), r => Assert.False(string.IsNullOrEmpty(r)));
            Assert.True(root.GetProperty("spam").ValueKind is JsonValueKind.True or JsonValueKind.False);
            Assert.InRange(root.GetProperty("spamScore").GetDouble(), 0, 1);
            Assert.All(Strings(root, "explanation"), e => Assert.False(string.IsNullOrEmpty(e)));
            parsed.Add(root);
        }

        return parsed;
    }

    private static List<string> Strings(JsonElement element, string property)
    {
        var array = element.GetProperty(property);
        Assert.Equal(JsonValueKind.Array, array.ValueKind);
        return [.. array.EnumerateArray().Select(e => e.GetString()!)];
    }

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
