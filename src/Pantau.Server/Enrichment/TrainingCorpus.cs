using System.Globalization;
using System.Text.Json;
using Pantau.Connectors.Demo;
using Pantau.Core.Enrichment.Learning;
using Pantau.Core.Enrichment.Lexicons;

namespace Pantau.Server.Enrichment;

/// <summary>A named evaluation set: scores are reported per set.</summary>
public sealed record EvaluationSet(string Name, IReadOnlyList<LabelledText> Texts);

/// <summary>
/// Where the training data lives and how each file is read: the public sets in <c>../shared/data</c> (their
/// README lists the traps this class avoids) and what the project wrote in <c>data/</c>. Only training and
/// validation splits are read for training; the project's own test set is read for reporting only.
/// </summary>
public sealed class TrainingCorpus(string projectData, string sharedData)
{
    public string ProjectData { get; } = projectData;

    public string SharedData { get; } = sharedData;

    /// <summary>Finds <c>data/</c> of the repository by walking up from the working directory, and <c>../shared/data</c> beside it.</summary>
    public static TrainingCorpus Locate(string? projectData, string? sharedData)
    {
        projectData ??= FindUp(Directory.GetCurrentDirectory()) ?? FindUp(AppContext.BaseDirectory)
            ?? throw new DirectoryNotFoundException("Could not find the project's data/ folder (with data/lexicon). Run from the repository or pass --data.");
        sharedData ??= Environment.GetEnvironmentVariable("PANTAU_SHARED_DATA") is { Length: > 0 } env
            ? env
            : Path.GetFullPath(Path.Combine(projectData, "..", "..", "shared", "data"));
        if (!Directory.Exists(Path.Combine(sharedData, "sentiment")))
        {
            throw new DirectoryNotFoundException($"The shared training data was not found at {sharedData}. Pass --shared-data or set PANTAU_SHARED_DATA.");
        }

        return new TrainingCorpus(projectData, sharedData);

        static string? FindUp(string start)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "data", "lexicon", "sentiment.tsv")))
                {
                    return Path.Combine(dir.FullName, "data");
                }
            }

            return null;
        }
    }

    /// <summary>
    /// VADER words that Indonesian posts use with another meaning: "sore" (afternoon), "top" (top up), "ban"
    /// (tyre), "doa" (prayer), "hak" (right), "war" (ticket rush), "care" (customer care)… Found among the
    /// VADER words most frequent in SmSA train.
    /// </summary>
    private static readonly HashSet<string> NotEnglishHere = new(StringComparer.Ordinal)
    {
        "sore", "top", "alas", "sok", "nah", "anti", "hak", "ban", "doa", "war", "care", "security", "lobby", "stall", "play",
        "novel", "shake", "scoop", "loom", "tenderloin", "fire",
    };

    public string ModelsDirectory => Path.Combine(ProjectData, "models");

    public LexiconTables Lexicon()
    {
        var polarity = Table("sentiment.tsv");
        var own = polarity.Keys.ToHashSet(StringComparer.Ordinal);

        // VADER's English valences (−4…4) join at the project's scale (−3…3); the project's own entries win, and
        // words shorter than three letters are left out because they collide with Indonesian ("ha", "no").
        using (var vader = Open(Path.Combine(SharedData, "sentiment", "vader", "vader_lexicon.txt")))
        {
            while (vader.ReadLine() is { } line)
            {
                var parts = line.Split('\t');
                if (parts.Length < 2 || parts[0].Length < 3 || !float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean))
                {
                    continue;
                }

                var key = LexiconTable.Key(parts[0]);
                var score = MathF.Round(mean * 0.75f, 1);
                if (key.Length > 0 && !own.Contains(key) && !NotEnglishHere.Contains(key) && Math.Abs(score) >= 0.5f && !Emoticons.IsEmoticon(key))
                {
                    polarity[key] = score.ToString(CultureInfo.InvariantCulture);
                }
            }
        }

        var modifiers = Table("modifiers.tsv");
        return new LexiconTables(polarity, modifiers, Table("slang.tsv"), Table("emoji.tsv"));

        Dictionary<string, string> Table(string file)
        {
            var path = Path.Combine(ProjectData, "lexicon", file);
            using var reader = Open(path);
            return LexiconTable.Parse(reader, path);
        }
    }

    public IEnumerable<LabelledText> SmSA(string split) => ReadLines(Path.Combine(SharedData, "sentiment", "smsa", $"{split}.tsv"))
        .Select(line => line.Split('\t'))
        .Where(p => p.Length == 2)
        .Select(p => new LabelledText(p[0], p[1].Trim()));

    public IEnumerable<LabelledText> NusaX(string language, string split) =>
        CsvRows.Read(Open(Path.Combine(SharedData, "sentiment", "nusax", language, $"{split}.csv")))
            .Skip(1)
            .Where(r => r.Length >= 3)
            .Select(r => new LabelledText(r[1], r[2].Trim()));

    /// <summary>VADER's tweets, labelled at the common ±0.2 cut; every fifth tweet is held out for validation.</summary>
    public IEnumerable<LabelledText> VaderTweets(bool validation) => ReadLines(Path.Combine(SharedData, "sentiment", "vader", "tweets_GroundTruth.txt"))
        .Select((line, i) => (Parts: line.Split('\t'), i))
        .Where(p => p.Parts.Length >= 3 && (p.i % 5 == 4) == validation)
        .Select(p => (Mean: double.Parse(p.Parts[1], CultureInfo.InvariantCulture), Text: p.Parts[2]))
        .Select(p => new LabelledText(p.Text, p.Mean > 0.2 ? "positive" : p.Mean < -0.2 ? "negative" : "neutral"));

    /// <summary>Indonesian SMS: 0 normal, 1 fraud, 2 promotion; fraud and promotion are spam.</summary>
    public IEnumerable<LabelledText> SmsSpam() =>
        CsvRows.Read(Open(Path.Combine(SharedData, "spam", "sms_spam_id.csv")))
            .Skip(1)
            .Where(r => r.Length >= 2 && r[1].Trim() is "0" or "1" or "2")
            .Select(r => new LabelledText(r[0], r[1].Trim() == "0" ? "ham" : "spam"));

    /// <summary>The project's hand-labelled social posts for training (<c>data/training/social-posts-*.jsonl</c>).</summary>
    public IReadOnlyList<SocialPost> SocialPosts() =>
        [.. Directory.EnumerateFiles(Path.Combine(ProjectData, "training"), "social-posts-*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadPosts)];

    /// <summary>
    /// Hand-labelled posts written for sentiment (<c>data/training/sentiment-posts-*.jsonl</c>, same schema): only the
    /// sentiment model trains on them, so the language, intent and spam models and their held-out fifths of
    /// <see cref="SocialPosts"/> stay as they were.
    /// </summary>
    public IReadOnlyList<SocialPost> SentimentPosts() =>
        [.. Directory.EnumerateFiles(Path.Combine(ProjectData, "training"), "sentiment-posts-*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadPosts)];

    /// <summary>The project's own test set: reporting only, never training or model selection.</summary>
    public IReadOnlyList<SocialPost> TestSet() => [.. ReadPosts(Path.Combine(ProjectData, "testset", "social-posts.jsonl"))];

    /// <summary>Plain texts per language from <c>data/training/language/LANG.txt</c>.</summary>
    public IEnumerable<LabelledText> LanguageTexts() =>
        Directory.EnumerateFiles(Path.Combine(ProjectData, "training", "language"), "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(file => ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => new LabelledText(l, Path.GetFileNameWithoutExtension(file))));

    public static IEnumerable<DemoPost> DemoPosts() => DemoCorpus.Instance.Posts;

    /// <summary>A fingerprint of every input file, so a model's metadata says exactly what it was trained on.</summary>
    public static string Fingerprint(IEnumerable<string> texts)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var text in texts)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static IEnumerable<SocialPost> ReadPosts(string path)
    {
        var lineNumber = 0;
        foreach (var line in ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            SocialPost? post;
            try
            {
                post = JsonSerializer.Deserialize<SocialPost>(line, SocialPost.Json);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }

            yield return post ?? throw new FormatException($"{path}:{lineNumber}: empty line");
        }
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var reader = Open(path);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static StreamReader Open(string path) =>
        File.Exists(path) ? new StreamReader(path, System.Text.Encoding.UTF8) : throw new FileNotFoundException($"Training file not found: {path}", path);
}

/// <summary>A hand-labelled social post (the schema of <c>data/testset/README.md</c>).</summary>
public sealed record SocialPost(string Id, string Text, string Language, string Sentiment, string Intent, IReadOnlyList<string>? Risk, bool Spam, string? SpamKind, string? Network)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
}
