using System.CommandLine;
using System.Text;
using System.Text.Json;
using Pantau.Core.Enrichment;
using Pantau.Core.Text;

namespace Pantau.Server.Cli;

/// <summary>
/// <c>pantau analyze [FILE]</c>: one text per line in, one JSON line out with what the enrichment models read in
/// it — the same models, normaliser and code as the pipeline, offline.
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Longest line analysed; the rest of a longer line is cut (hostile input must not cost without bound).</summary>
    public const int MaxLineChars = 64 * 1024;

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AddTo(RootCommand root)
    {
        var file = new Argument<string?>("FILE") { Description = "UTF-8 text, one text per line; standard input when absent or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var models = new Option<string?>("--models") { Description = "Folder of NAME.model files (default: the models Pantau ships).", HelpName = "DIR" };
        var command = new Command("analyze", "Read texts, one per line, and write their language, sentiment, intent, risk and spam as JSON lines.");
        command.Arguments.Add(file);
        command.Options.Add(models);
        command.SetAction(async (result, ct) =>
        {
            var directory = result.GetValue(models) ?? ShippedModels.DefaultDirectory;
            EnrichmentModels loaded;
            try
            {
                loaded = ShippedModels.Load(directory);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"Cannot load the models from {directory}: {e.Message}");
                return 2;
            }

            var path = result.GetValue(file);
            try
            {
                using var input = path is null or "-" ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(path, Encoding.UTF8);
                await using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
                await RunAsync(loaded, input, output, ct);
                return 0;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"Cannot read {path}: {e.Message}");
                return 2;
            }
        });
        root.Subcommands.Add(command);
    }

    public static async Task RunAsync(EnrichmentModels models, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            // The cut never splits a surrogate pair: half an emoji would come out as U+FFFD.
            var text = line.Length <= MaxLineChars ? line : line[..(char.IsHighSurrogate(line[MaxLineChars - 1]) ? MaxLineChars - 1 : MaxLineChars)];
            await output.WriteLineAsync(JsonSerializer.Serialize(Analyze(models, text), Json));
        }

        await output.FlushAsync(cancellationToken);
    }

    public static AnalyzedText Analyze(EnrichmentModels models, string text)
    {
        ArgumentNullException.ThrowIfNull(models);
        var tokens = TextNormaliser.Tokenise(text);
        var analysis = models.Analyze(models.ReadShared(text, tokens));
        var risk = RiskDetector.Detect(tokens);
        return new AnalyzedText(
            text,
            analysis.Language.Language,
            analysis.Sentiment.Sentiment.ToString().ToLowerInvariant(),
            analysis.Sentiment.Score,
            analysis.Intent.ToString().ToLowerInvariant(),
            RiskNames(risk.Signals),
            analysis.IsSpam,
            Math.Round(analysis.SpamScore, 3),
            [.. analysis.Sentiment.Explanation, .. risk.Evidence.Select(e => $"risk: {e}")]);
    }

    public static IReadOnlyList<string> RiskNames(RiskSignals signals) =>
        [.. Enum.GetValues<RiskSignals>().Where(s => s != RiskSignals.None && signals.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant())];
}

/// <summary>One line of <c>pantau analyze</c>'s output.</summary>
public sealed record AnalyzedText(
    [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
    [property: System.Text.Json.Serialization.JsonPropertyName("language")] string Language,
    [property: System.Text.Json.Serialization.JsonPropertyName("sentiment")] string Sentiment,
    [property: System.Text.Json.Serialization.JsonPropertyName("sentimentScore")] double SentimentScore,
    [property: System.Text.Json.Serialization.JsonPropertyName("intent")] string Intent,
    [property: System.Text.Json.Serialization.JsonPropertyName("risk")] IReadOnlyList<string> Risk,
    [property: System.Text.Json.Serialization.JsonPropertyName("spam")] bool Spam,
    [property: System.Text.Json.Serialization.JsonPropertyName("spamScore")] double SpamScore,
    [property: System.Text.Json.Serialization.JsonPropertyName("explanation")] IReadOnlyList<string> Explanation);
