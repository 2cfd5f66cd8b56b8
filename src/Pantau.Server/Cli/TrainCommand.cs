using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Core.Enrichment;
using Pantau.Core.Enrichment.Language;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Sentiments;
using Pantau.Core.Enrichment.Spam;
using Pantau.Data;
using Pantau.Data.Corrections;
using Pantau.Data.Storage;
using Pantau.Server.Accounts;
using Pantau.Server.Enrichment;
using Spectre.Console;

namespace Pantau.Server.Cli;

/// <summary>
/// <c>pantau train &lt;model&gt;</c>: rebuilds a model from the shared public data and the project's own data, with a
/// progress bar, and prints its scores on every evaluation set. The same inputs give the same bytes.
/// </summary>
public static class TrainCommand
{
    public static void AddTo(RootCommand root)
    {
        var model = new Argument<string>("model")
        {
            Description = "language, sentiment, intent, spam or all.",
        };
        model.AcceptOnlyFromAmong([.. EnrichmentModels.Names, "all"]);
        var data = new Option<string?>("--data") { Description = "The project's data folder (default: data/ of the repository).", HelpName = "DIR" };
        var shared = new Option<string?>("--shared-data") { Description = "The shared public data (default: ../shared/data beside the repository, or PANTAU_SHARED_DATA).", HelpName = "DIR" };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write NAME.model (default: DATA/models, the models Pantau ships).", HelpName = "DIR" };
        var withCorrections = new Option<bool>("--with-corrections")
        {
            Description = "Add agents' corrections from the database (weighted ×4) to sentiment, intent and spam; writes to the data directory's models/, which the server prefers to the shipped models at its next start.",
        };
        var workspace = new Option<string?>("--workspace") { Description = "With --with-corrections: only this workspace's corrections, for a model of its own (id, slug or name).", HelpName = "WORKSPACE" };
        var command = new Command("train", "Train an enrichment model from the shared data and the project's own data.") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(model);
        command.Options.Add(data);
        command.Options.Add(shared);
        command.Options.Add(output);
        command.Options.Add(withCorrections);
        command.Options.Add(workspace);
        command.SetAction((result, ct) =>
        {
            TrainingCorpus corpus;
            try
            {
                corpus = TrainingCorpus.Locate(result.GetValue(data), result.GetValue(shared));
            }
            catch (IOException e)
            {
                Console.Error.WriteLine(e.Message);
                return Task.FromResult(2);
            }

            var name = result.GetValue(model)!;
            IReadOnlyList<string> names = name == "all" ? EnrichmentModels.Names : [name];
            if (!result.GetValue(withCorrections))
            {
                if (result.GetValue(workspace) is not null)
                {
                    Console.Error.WriteLine("--workspace needs --with-corrections.");
                    return Task.FromResult(2);
                }

                return Task.FromResult(Train(new ModelRecipes(corpus), names, result.GetValue(output) ?? corpus.ModelsDirectory, ct));
            }

            // The language model learns nothing from corrections: agents correct sentiment, intent and spam.
            names = [.. names.Where(n => n != LanguageIdentifier.ModelName)];
            if (names.Count == 0)
            {
                Console.Error.WriteLine("Agents correct sentiment, intent and spam; the language model has no corrections to learn from.");
                return Task.FromResult(2);
            }

            return PantauCli.WithServicesAsync(result, (services, _, token) =>
                TrainWithCorrectionsAsync(services, corpus, names, result.GetValue(workspace), result.GetValue(output), token), ct);
        });
        root.Subcommands.Add(command);
    }

    private static async Task<int> TrainWithCorrectionsAsync(
        IServiceProvider services, TrainingCorpus corpus, IReadOnlyList<string> names, string? workspace, string? output, CancellationToken cancellationToken)
    {
        Guid? workspaceId = null;
        if (workspace is not null)
        {
            var found = await services.GetRequiredService<Workspaces>().FindAsync(workspace, cancellationToken);
            if (found is null)
            {
                await Console.Error.WriteLineAsync($"No workspace '{workspace}'.");
                return 2;
            }

            workspaceId = found.Id;
        }

        var contexts = services.GetRequiredService<IDbContextFactory<PantauDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sentiment = await ReadAsync(CorrectionFields.Sentiment, label => label);
        var intent = await ReadAsync(CorrectionFields.Intent, label => label);
        var spam = await ReadAsync(CorrectionFields.Spam, label => label == "true" ? "spam" : "ham");
        // One plain line, never wrapped at the console's width (a script may read it).
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Corrections{(workspace is null ? "" : " of " + workspace)}: sentiment {sentiment.Count}, intent {intent.Count}, spam {spam.Count}."));

        var options = services.GetRequiredService<IConfiguration>().GetSection(EnrichmentOptions.Section).Get<EnrichmentOptions>() ?? new EnrichmentOptions();
        var corrected = EnrichmentModelStore.CorrectedDirectory(options, services.GetRequiredService<IOptions<StorageOptions>>().Value);
        var directory = output ?? (workspaceId is { } id ? EnrichmentModelStore.WorkspaceDirectory(corrected, id) : corrected);
        return Train(new ModelRecipes(corpus, sentiment, intent, spam), names, directory, cancellationToken);

        async Task<List<LabelledText>> ReadAsync(string field, Func<string, string> label)
        {
            var list = new List<LabelledText>();
            await foreach (var example in CorrectionExamples.ReadForTrainingAsync(db, field, workspaceId, cancellationToken))
            {
                list.Add(new LabelledText(example.Text, label(example.Label)));
            }

            return list;
        }
    }

    public static int Train(ModelRecipes recipes, IReadOnlyList<string> names, string outputDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipes);
        Directory.CreateDirectory(outputDirectory);
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 140);
        }

        var results = new List<(string Name, TrainedModel Model, long Bytes, TimeSpan Took)>();
        try
        {
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var tasks = names.ToDictionary(n => n, n => context.AddTask(n, autoStart: false, maxValue: 1), StringComparer.Ordinal);
                    foreach (var name in names)
                    {
                        var task = tasks[name];
                        task.StartTask();
                        var progress = new InlineProgress(p => task.Value = Math.Min(0.99, p));
                        var started = System.Diagnostics.Stopwatch.StartNew();
                        var trained = name switch
                        {
                            "language" => recipes.Language(progress, cancellationToken),
                            "sentiment" => recipes.Sentiment(progress, cancellationToken),
                            "intent" => recipes.Intent(Load(outputDirectory, SentimentAnalyzer.ModelName, f => new SentimentAnalyzer(f)), Load(outputDirectory, SpamClassifier.ModelName, f => new SpamClassifier(f)), progress, cancellationToken),
                            "spam" => recipes.Spam(progress, cancellationToken),
                            _ => throw new ArgumentException($"Unknown model '{name}'.", nameof(names)),
                        };
                        var bytes = Write(trained.File, outputDirectory);
                        task.Value = 1;
                        task.StopTask();
                        results.Add((name, trained, bytes, started.Elapsed));
                    }
                });
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            // A missing or malformed training file: its message names the file (and line); no stack trace.
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        foreach (var (name, trained, bytes, took) in results)
        {
            var table = new Table().Title($"[bold]{name}[/] → {Markup.Escape(Path.Combine(outputDirectory, name + ".model"))} ({bytes / 1024.0:F0} KiB, trained in {took.TotalSeconds:F1} s)");
            table.AddColumns("evaluation set", "texts", "accuracy", "macro-F1", "per class: F1 / recall (support)");
            foreach (var (set, scores) in trained.Scores)
            {
                table.AddRow(
                    Markup.Escape(set),
                    scores.Count.ToString(CultureInfo.InvariantCulture),
                    scores.Accuracy.ToString("F3", CultureInfo.InvariantCulture),
                    scores.MacroF1.ToString("F3", CultureInfo.InvariantCulture),
                    Markup.Escape(string.Join("  ", scores.Classes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Label} {c.F1:F2}/{c.Recall:F2} ({c.Support})")))));
            }

            AnsiConsole.Write(table);
        }

        return 0;
    }

    /// <summary>Intent reads the sentiment and spam models: the ones just trained, or those already in the output folder.</summary>
    private static T Load<T>(string directory, string name, Func<ModelFile, T> create)
    {
        var path = Path.Combine(directory, name + ".model");
        using var stream = File.OpenRead(File.Exists(path) ? path : Path.Combine(ShippedModels.DefaultDirectory, name + ".model"));
        return create(ModelFile.Read(stream));
    }

    /// <summary>Writes beside the target and renames, so a running server never reads half a model.</summary>
    private static long Write(ModelFile file, string directory)
    {
        var path = Path.Combine(directory, file.Name + ".model");
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            file.Write(stream);
        }

        File.Move(temporary, path, overwrite: true);
        return new FileInfo(path).Length;
    }

    /// <summary>Reports on the training thread: Progress&lt;T&gt; would post to the thread pool and arrive late and out of order.</summary>
    private sealed class InlineProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
