using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pantau.Testing;

namespace Pantau.Server.Tests;

/// <summary>
/// <c>pantau train</c>, run as a user runs it: the real executable on a tiny copy of both training data layouts
/// (<see cref="TrainingFixture"/>), then <c>pantau analyze</c> with what it wrote.
/// </summary>
public sealed class TrainCommandTests : IDisposable
{
    private static readonly string[] Models = ["language", "sentiment", "intent", "spam"];

    private readonly string _folder = Directory.CreateTempSubdirectory("pantau-train-").FullName;
    private readonly TrainingFixture _data;

    public TrainCommandTests() => _data = TrainingFixture.Write(_folder);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string[] Train(string model, string output, params string[] more) =>
        ["train", model, "--data", _data.ProjectData, "--shared-data", _data.SharedData, "--output", output, .. more];

    [Fact]
    public async Task Training_all_twice_writes_the_same_four_models_and_reports_their_scores()
    {
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");

        var (code, output, error) = await Server.RunPipedAsync(_folder, Train("all", first));
        Assert.True(code == 0, output + error);
        Assert.Empty(error);
        (code, _, error) = await Server.RunPipedAsync(_folder, Train("all", second));
        Assert.True(code == 0, error);

        Assert.Equal(Models.Select(m => m + ".model").Order(StringComparer.Ordinal), Directory.GetFiles(first).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var model in Models)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(first, model + ".model"), Ct);
            Assert.True(bytes.Length > 1024, $"{model}.model has {bytes.Length} bytes");
            var again = await File.ReadAllBytesAsync(Path.Combine(second, model + ".model"), Ct);
            Assert.True(bytes.SequenceEqual(again), $"{model}.model differs between two runs");
            Assert.Contains($"{model} → {Path.Combine(first, model + ".model")}", output, StringComparison.Ordinal);
        }

        Assert.Contains("macro-F1", output, StringComparison.Ordinal);
        Assert.Contains("SmSA valid", output, StringComparison.Ordinal);
        Assert.Contains("NusaX valid javanese", output, StringComparison.Ordinal);
        Assert.Contains("own test set (reporting only)", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(first, "*.tmp"));

        // pantau analyze reads the freshly trained models.
        (code, output, error) = await Server.RunPipedAsync(_folder, ["analyze", "--models", first],
            "Sinyalnya lemot banget, kecewa @nusantel\nThe food was amazing, thank you\n\n");
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal(("id", "negative"), (lines[0].GetProperty("language").GetString(), lines[0].GetProperty("sentiment").GetString()));
        Assert.Equal(("en", "positive"), (lines[1].GetProperty("language").GetString(), lines[1].GetProperty("sentiment").GetString()));
        Assert.Equal("und", lines[2].GetProperty("language").GetString());
    }

    [Fact]
    public async Task Missing_shared_data_stops_it_with_status_2_naming_the_folder()
    {
        var nowhere = Path.Combine(_folder, "no-shared-data");

        var (code, output, error) = await Server.RunPipedAsync(_folder, ["train", "all", "--data", _data.ProjectData, "--shared-data", nowhere, "--output", Path.Combine(_folder, "out")]);

        Assert.Equal(2, code);
        Assert.Contains(nowhere, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("macro-F1", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public async Task A_missing_or_malformed_training_file_stops_it_with_status_2_naming_the_file()
    {
        var output = Path.Combine(_folder, "out");
        var testSet = Path.Combine(_data.ProjectData, "testset", "social-posts.jsonl");
        File.Move(testSet, testSet + ".away");

        var (code, _, error) = await Server.RunPipedAsync(_folder, Train("spam", output));

        Assert.Equal(2, code);
        Assert.Contains(testSet, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

        File.Move(testSet + ".away", testSet);
        var posts = Path.Combine(_data.ProjectData, "training", "social-posts-a.jsonl");
        var lineCount = File.ReadAllLines(posts).Length;
        await File.AppendAllTextAsync(posts, "{\"id\": \"broken\", \"text\": \n", Ct);

        (code, _, error) = await Server.RunPipedAsync(_folder, Train("sentiment", output));

        Assert.Equal(2, code);
        Assert.Contains($"social-posts-a.jsonl:{lineCount + 1}:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_without_corrections_and_language_with_corrections_are_refused()
    {
        var (code, _, error) = await Server.RunPipedAsync(_folder, Train("sentiment", Path.Combine(_folder, "out"), "--workspace", "acme"));
        Assert.Equal(2, code);
        Assert.Contains("--with-corrections", error, StringComparison.Ordinal);

        (code, _, error) = await Server.RunPipedAsync(_folder, Train("language", Path.Combine(_folder, "out"), "--with-corrections"));
        Assert.Equal(2, code);
        Assert.Contains("language", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder, "out")));
    }

    [Fact]
    public async Task Corrections_made_through_the_api_are_read_from_the_same_database_and_trained_on()
    {
        await using var factory = new PantauFactory();
        var (acme, acmeClient) = await factory.NewWorkspaceAsync("acme");
        var (other, otherClient) = await factory.NewWorkspaceAsync("other");
        await CorrectAsync(acme, acmeClient, "a1", new { sentiment = "positive" });
        await CorrectAsync(other, otherClient, "o1", new { spam = true });

        // The CLI reads the server's configuration: the same data directory, so the same SQLite database.
        var environment = new Dictionary<string, string> { ["PANTAU_STORAGE__DATADIRECTORY"] = factory.DataDirectory };
        var plain = Path.Combine(_folder, "plain");
        var corrected = Path.Combine(_folder, "corrected");
        var (code, output, error) = await Run(Train("sentiment", plain), environment);
        Assert.True(code == 0, output + error);
        Assert.DoesNotContain("Corrections", output, StringComparison.Ordinal);

        (code, output, error) = await Run(Train("sentiment", corrected, "--with-corrections"), environment);

        Assert.True(code == 0, output + error);
        Assert.Contains("Corrections: sentiment 1, intent 0, spam 1.", output, StringComparison.Ordinal);
        Assert.Equal(["sentiment.model"], Directory.GetFiles(corrected).Select(Path.GetFileName));
        var without = await File.ReadAllBytesAsync(Path.Combine(plain, "sentiment.model"), Ct);
        var withCorrection = await File.ReadAllBytesAsync(Path.Combine(corrected, "sentiment.model"), Ct);
        Assert.False(without.SequenceEqual(withCorrection), "the correction did not change the model");

        // One workspace's corrections, with no --output: into that workspace's folder beside the database.
        (code, output, error) = await Run(
            ["train", "sentiment", "--with-corrections", "--workspace", acme.ToString(), "--data", _data.ProjectData, "--shared-data", _data.SharedData], environment);

        Assert.True(code == 0, output + error);
        Assert.Contains($"Corrections of {acme}: sentiment 1, intent 0, spam 0.", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "models", "workspaces", acme.ToString("D"), "sentiment.model")), output);

        (code, _, error) = await Run(Train("sentiment", corrected, "--with-corrections", "--workspace", "nowhere"), environment);
        Assert.Equal(2, code);
        Assert.Contains("No workspace 'nowhere'", error, StringComparison.Ordinal);
    }

    /// <summary>One complaint pushed through a webhook, then corrected as an agent would.</summary>
    private static async Task CorrectAsync(Guid workspace, HttpClient client, string id, object correction)
    {
        await client.CreateTopicAsync(workspace, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(workspace);
        await client.PushAsync(workspace, source, Api.Post(id, "Sinyal Nusantel lemot banget dari pagi, kecewa"));
        var mention = Assert.Single(await client.MentionsAsync(workspace))!["id"]!.GetValue<long>();
        await (await client.PostAsJsonAsync($"{Api.Workspace(workspace)}/mentions/{mention}/corrections", correction, Ct)).JsonAsync(HttpStatusCode.OK);
    }

    private Task<(int ExitCode, string Output, string Error)> Run(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        PantauProcess.RunAsync(Server.Executable, _folder, arguments, environment, Ct);

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
