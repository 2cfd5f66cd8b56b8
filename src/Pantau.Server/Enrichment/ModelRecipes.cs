using System.Globalization;
using System.Text.Json;
using Pantau.Core.Enrichment;
using Pantau.Core.Enrichment.Intents;
using Pantau.Core.Enrichment.Language;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Sentiments;
using Pantau.Core.Enrichment.Spam;
using Pantau.Core.Text;

namespace Pantau.Server.Enrichment;

/// <summary>What a training run produced: the model and its scores on each evaluation set.</summary>
public sealed record TrainedModel(ModelFile File, IReadOnlyList<(string Set, ClassificationScores Scores)> Scores);

/// <summary>
/// How each model is trained: which data, with which weights, evaluated on which sets. Validation splits are
/// never trained on; the project's test set is only scored. Weights favour social-media text because that is
/// what Pantau reads, and the public sets are reviews.
/// </summary>
public sealed class ModelRecipes(TrainingCorpus corpus, IReadOnlyList<LabelledText>? sentimentCorrections = null, IReadOnlyList<LabelledText>? intentCorrections = null, IReadOnlyList<LabelledText>? spamCorrections = null)
{
    /// <summary>Agents' corrections count this much more than a public example: they are the workspace's own domain.</summary>
    public const float CorrectionWeight = 4f;

    private static readonly TrainingSettings Settings = new();

    /// <summary>
    /// Fewer epochs and more regularisation: chosen for sentiment and spam because it scored better on every one of
    /// their validation sets (for language and intent the default did).
    /// </summary>
    private static readonly TrainingSettings Regularised = new(Epochs: 4, L2: 1e-5f);

    /// <summary>
    /// Sentiment averages five shuffles: one shuffle's model moved the validation scores by up to ±0.03 from seed to
    /// seed (Sundanese, SmSA, VADER), which is larger than most differences between the features we compare; the
    /// average also scored higher on average over seeds on every validation set.
    /// </summary>
    private static readonly TrainingSettings SentimentSettings = Regularised with { Shuffles = 5 };

    public TrainedModel Language(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var lexicon = corpus.Lexicon().ToLexicon();
        var nusaxValid = NusaXLanguages.ToDictionary(l => l.Folder, l => corpus.NusaX(l.Folder, "valid").ToList(), StringComparer.Ordinal);
        var held = nusaxValid.Values.SelectMany(v => v).Select(t => Key(t.Text)).ToHashSet(StringComparer.Ordinal);
        var examples = new List<LabelledText>();
        examples.AddRange(corpus.SmSA("train").Where((_, i) => i % 3 == 0).Where(t => !held.Contains(Key(t.Text))).Select(t => t with { Label = "id" }));
        examples.AddRange(corpus.VaderTweets(validation: false).Concat(corpus.VaderTweets(validation: true)).Select(t => t with { Label = "en" }));
        foreach (var (language, code) in NusaXLanguages)
        {
            examples.AddRange(corpus.NusaX(language, "train").Where(t => !held.Contains(Key(t.Text))).Select(t => t with { Label = code }));
        }

        examples.AddRange(corpus.LanguageTexts().Select(t => t with { Weight = 2 }));
        examples.AddRange(corpus.SocialPosts().Where(p => p.Language != LanguageIdentifier.Undetermined).Select(p => new LabelledText(p.Text, p.Language, 2)));
        examples.AddRange(TrainingCorpus.DemoPosts().Where(p => p.Lang is "id" or "en" or "jv" or "su" or "ms").Select(p => new LabelledText(p.Text, p.Lang!, 0.3f)));
        var file = ModelTraining.Language(examples, lexicon, Settings with { Epochs = 6 }, Metadata("language", examples), progress, cancellationToken);
        var identifier = new LanguageIdentifier(file);
        var scores = new List<(string, ClassificationScores)>();
        foreach (var (language, code) in NusaXLanguages)
        {
            scores.Add(($"NusaX valid {language}", Score(nusaxValid[language], t => code, t => identifier.Identify(TextView.Read(t.Text, lexicon)).Language)));
        }

        scores.Add(("own test set (reporting only)", Score(corpus.TestSet(), p => p.Language, p => identifier.Identify(TextView.Read(p.Text, lexicon)).Language)));
        return new TrainedModel(file, scores);
    }

    public TrainedModel Sentiment(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var tables = corpus.Lexicon();
        var smsaTrain = corpus.SmSA("train").ToList();
        var smsaKeys = smsaTrain.Select(t => Key(t.Text)).ToHashSet(StringComparer.Ordinal);
        var examples = new List<LabelledText>(smsaTrain);
        examples.AddRange(corpus.NusaX("indonesian", "train").Where(t => !smsaKeys.Contains(Key(t.Text))));
        var nusaxEnglish = new List<LabelledText>();
        foreach (var language in NonIndonesian)
        {
            var train = corpus.NusaX(language, "train").Select(t => t with { Weight = 2 }).ToList();
            examples.AddRange(train);
            if (language == "english")
            {
                nusaxEnglish = train;
            }
        }

        examples.AddRange(corpus.VaderTweets(validation: false));
        var posts = corpus.SocialPosts().Concat(corpus.SentimentPosts()).ToList();
        var postExamples = posts.Select(p => new LabelledText(p.Text, p.Sentiment, 3)).ToList();
        examples.AddRange(postExamples);
        examples.AddRange(Corrections(sentimentCorrections));
        var file = ModelTraining.Sentiment(examples, tables, SentimentSettings, Metadata("sentiment", examples), progress, cancellationToken);
        var analyzer = new SentimentAnalyzer(file);
        var englishPosts = postExamples.Where((_, i) => posts[i].Language == "en").ToList();
        var scores = new List<(string, ClassificationScores)>
        {
            ("SmSA valid", Score(corpus.SmSA("valid"), t => t.Label, t => Predict(analyzer, t.Text))),
        };
        scores.AddRange(EnglishCrossValidation(examples, tables, nusaxEnglish, englishPosts, cancellationToken));
        foreach (var language in NonIndonesian)
        {
            scores.Add(($"NusaX valid {language}", Score(corpus.NusaX(language, "valid"), t => t.Label, t => Predict(analyzer, t.Text))));
        }

        scores.Add(("VADER tweets (held-out fifth)", Score(corpus.VaderTweets(validation: true), t => t.Label, t => Predict(analyzer, t.Text))));
        var test = corpus.TestSet();
        scores.Add(("own test set (reporting only)", Score(test, p => p.Sentiment, p => Predict(analyzer, p.Text))));
        foreach (var group in test.GroupBy(p => p.Language is "id" or "en" ? p.Language : p.Language is "jv" or "su" ? "jv+su" : "ms+und").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            scores.Add(($"own test set, {group.Key}", Score(group, p => p.Sentiment, p => Predict(analyzer, p.Text))));
        }

        return new TrainedModel(file, scores);

        static string Predict(SentimentAnalyzer analyzer, string text) =>
            Name(analyzer.Analyze(TextView.Read(text, analyzer.Lexicon)).Sentiment);
    }

    /// <summary>
    /// English has only 100 NusaX validation texts, too few to choose between English features, so the English
    /// training texts (NusaX train and the own English posts) are also scored by 5-fold cross-validation: each
    /// fold is trained without its texts, on everything else, and scored on them. Folds train in parallel; each is
    /// deterministic, so the scores are too.
    /// </summary>
    private static List<(string, ClassificationScores)> EnglishCrossValidation(
        List<LabelledText> examples, LexiconTables tables, List<LabelledText> nusax, List<LabelledText> posts, CancellationToken cancellationToken)
    {
        const int Folds = 5;
        var pool = nusax.Concat(posts).ToList();
        var predicted = new string[Folds][];
        Parallel.For(0, Folds, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, fold =>
        {
            var held = pool.Where((_, i) => i % Folds == fold).ToHashSet(ReferenceEqualityComparer.Instance);
            var training = examples.Where(e => !held.Contains(e)).ToList();
            var check = new SentimentAnalyzer(ModelTraining.Sentiment(training, tables, SentimentSettings, "", null, cancellationToken));
            predicted[fold] = [.. pool.Select((t, i) => i % Folds == fold ? Name(check.Analyze(TextView.Read(t.Text, check.Lexicon)).Sentiment) : "")];
        });
        var pairs = pool.Select((t, i) => (Text: t, Predicted: predicted[i % Folds][i])).ToList();
        return
        [
            ("NusaX train english, 5-fold CV", ClassificationScores.Of(pairs.Take(nusax.Count).Select(p => (p.Text.Label, p.Predicted)))),
            ("own English posts, 5-fold CV", ClassificationScores.Of(pairs.Skip(nusax.Count).Select(p => (p.Text.Label, p.Predicted)))),
        ];
    }

    public TrainedModel Intent(SentimentAnalyzer sentiment, SpamClassifier spam, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var posts = corpus.SocialPosts();
        var examples = posts.Select(p => new LabelledText(p.Text, p.Intent)).ToList();
        examples.AddRange(TrainingCorpus.DemoPosts().Where(p => p.Intent is not null).Select(p => new LabelledText(p.Text, DemoIntent(p.Intent!), 0.3f, p.Title)));
        examples.AddRange(Corrections(intentCorrections));

        // Model selection: the same recipe trained without every fifth own post, scored on those posts.
        var validation = posts.Where((_, i) => i % 5 == 4).ToList();
        var heldOut = validation.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var trainingOnly = examples.Where((e, i) => i >= posts.Count || !heldOut.Contains(posts[i].Id)).ToList();
        var check = new IntentClassifier(ModelTraining.Intent(trainingOnly, sentiment, Settings, "", null, cancellationToken));
        var file = ModelTraining.Intent(examples, sentiment, Settings, Metadata("intent", examples), progress, cancellationToken);
        var classifier = new IntentClassifier(file);
        return new TrainedModel(file,
        [
            ("own training posts, held-out fifth (validation)", Score(validation, p => p.Intent, p => Predict(check, p.Text))),
            ("own test set (reporting only; spam as the spam model finds it)", Score(corpus.TestSet(), p => p.Intent, p => Predict(classifier, p.Text))),
        ]);

        // As the pipeline does: what the spam model calls spam is "other".
        string Predict(IntentClassifier intent, string text)
        {
            var view = TextView.Read(text, sentiment.Lexicon);
            return spam.Score(view) >= SpamClassifier.Threshold ? "other" : IntentClassifier.Classes[(int)intent.Classify(view, sentiment.Analyze(view)).Intent];
        }
    }

    public TrainedModel Spam(IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var lexicon = corpus.Lexicon().ToLexicon();
        var posts = corpus.SocialPosts();
        var sms = corpus.SmsSpam().ToList();
        var own = posts.Select(p => new LabelledText(p.Text, p.Spam ? "spam" : "ham", 2)).ToList();
        var examples = new List<LabelledText>();
        examples.AddRange(sms.Where((_, i) => i % 5 != 4));
        examples.AddRange(own.Where((_, i) => i % 5 != 4));
        examples.AddRange(corpus.SmSA("train").Where((_, i) => i % 4 == 0).Select(t => new LabelledText(t.Text, "ham", 0.5f)));
        examples.AddRange(corpus.VaderTweets(validation: false).Where((_, i) => i % 2 == 0).Select(t => new LabelledText(t.Text, "ham", 0.5f)));
        examples.AddRange(TrainingCorpus.DemoPosts().Select(p => new LabelledText(p.Text, p.IsSpam ? "spam" : "ham", 0.3f, p.Title)));
        examples.AddRange(Corrections(spamCorrections));
        var validation = sms.Where((_, i) => i % 5 == 4).Concat(own.Where((_, i) => i % 5 == 4)).ToList();
        var check = new SpamClassifier(ModelTraining.Spam(examples, lexicon, Regularised, "", null, cancellationToken));
        examples.AddRange(sms.Where((_, i) => i % 5 == 4));
        examples.AddRange(own.Where((_, i) => i % 5 == 4));
        var file = ModelTraining.Spam(examples, lexicon, Regularised, Metadata("spam", examples), progress, cancellationToken);
        var classifier = new SpamClassifier(file);
        return new TrainedModel(file,
        [
            ("SMS spam + own posts, held-out fifth (validation)", Score(validation, t => t.Label, t => IsSpam(check, t.Text))),
            ("own test set (reporting only)", Score(corpus.TestSet(), p => p.Spam ? "spam" : "ham", p => IsSpam(classifier, p.Text))),
        ]);

        string IsSpam(SpamClassifier spam, string text) => spam.Score(TextView.Read(text, lexicon)) >= SpamClassifier.Threshold ? "spam" : "ham";
    }

    private static readonly string[] NonIndonesian = ["english", "javanese", "sundanese"];

    private static readonly (string Folder, string Code)[] NusaXLanguages =
        [("indonesian", "id"), ("english", "en"), ("javanese", "jv"), ("sundanese", "su")];

    private static IEnumerable<LabelledText> Corrections(IReadOnlyList<LabelledText>? corrections) =>
        (corrections ?? []).Select(c => c with { Weight = CorrectionWeight });

    /// <summary>The demo generator's intents in Pantau's four: news, chatter, care replies and spam are "other".</summary>
    private static string DemoIntent(string intent) => intent is "complaint" or "question" or "praise" ? intent : "other";

    private static string Name(Sentiment sentiment) => sentiment switch
    {
        Core.Enrichment.Sentiment.Negative => "negative",
        Core.Enrichment.Sentiment.Positive => "positive",
        _ => "neutral",
    };

    /// <summary>Texts compared after the product's normalisation, so "Bagus!" and "bagus !" are the same text.</summary>
    private static string Key(string text) => string.Join(' ', TextNormaliser.Tokenise(text).Select(t => t.Text));

    private static ClassificationScores Score<T>(IEnumerable<T> items, Func<T, string> gold, Func<T, string> predict) =>
        ClassificationScores.Of(items.Select(i => (gold(i), predict(i))));

    private static string Metadata(string model, List<LabelledText> examples) => JsonSerializer.Serialize(new
    {
        model,
        examples = examples.Count,
        labels = examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        fingerprint = TrainingCorpus.Fingerprint(examples.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Label}\t{e.Weight}\t{e.Title}\t{e.Text}"))),
        settings = model switch { "sentiment" => SentimentSettings, "spam" => Regularised, _ => Settings },
    });
}
