using System.Globalization;
using System.Text;
using System.Text.Json;
using Pantau.Core.Tests.Enrichment;

namespace Pantau.Core.Tests.Stories;

/// <summary>One generated post and the index of the original it was made from (its true story).</summary>
internal sealed record StoryCorpusPost(string Text, int Label, bool IsOriginal);

/// <summary>
/// A labelled story corpus generated deterministically from the project's own posts (the hand-labelled test set and
/// the demo corpus): distinct originals of at least eight words, each with 0–N copies edited the ways posts are
/// copied (a retweet prefix, a quote with a comment, a cut with "…", case and punctuation, typos, elongations, tags
/// and emoji, a tracked link, a forwarded e-mail, a forum paste). The originals are chosen so that no two share half
/// their words (plain word sets, independent of the fingerprint under test); they are about the same few brands and
/// share their complaint words, which makes the different stories hard to keep apart.
/// </summary>
internal static class StoryCorpus
{
    private static readonly string[] Handles = ["dimas_pr", "ayu.lestari", "bagus88", "kevin_tanj", "sari_w", "newsfeed_id", "rizky_a"];

    private static readonly string[] Comments =
    [
        "parah banget!!", "this is unacceptable", "ikut kesel", "kok bisa gini sih", "sama, aku juga ngalamin",
        "tolong dibantu min", "wah gila", "viralkan!", "fix pindah provider", "can confirm, same here", "ini beneran?",
        "kasian banget", "mana tanggung jawabnya",
    ];

    private static readonly string[] Greetings =
    [
        "Gan, ada yang ngalamin juga?", "Halo semua, numpang share dari grup sebelah:", "Dapet dari WA grup kantor, bener gak nih?",
        "Hi all, saw this on Twitter:", "Sekedar info buat agan-agan semua.",
    ];

    private static readonly string[] Tags = ["#parah", "#kecewa", "#viral", "#tolongdong", "#fail", "😡", "🙏", "😤😤", "👇"];

    /// <summary>Every distinct text of eight words or more in the two files, in file order.</summary>
    public static IReadOnlyList<string> ReadOriginals()
    {
        var texts = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in new[] { RepositoryFiles.TestSet(), RepositoryFiles.Find("src", "Pantau.Connectors", "Demo", "demo-corpus.jsonl") })
        {
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var isCopy = (root.TryGetProperty("repostOf", out var repost) && repost.ValueKind == JsonValueKind.String)
                    || (root.TryGetProperty("quoteOf", out var quote) && quote.ValueKind == JsonValueKind.String);
                var text = root.GetProperty("text").GetString() ?? "";
                if (!isCopy && !text.StartsWith("RT ", StringComparison.Ordinal) && Words(text).Count >= 8 && seen.Add(text))
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }

    /// <summary>
    /// <paramref name="originals"/> originals (at most what the files hold), each with 0–<paramref name="maxCopies"/>
    /// copies, in a shuffled arrival order.
    /// </summary>
    public static IReadOnlyList<StoryCorpusPost> Generate(int originals, int maxCopies, int seed)
    {
        var random = new Random(seed);
        var candidates = ReadOriginals().ToArray();
        random.Shuffle(candidates);
        var chosen = new List<(string Text, HashSet<string> Words)>();
        foreach (var text in candidates)
        {
            if (chosen.Count == originals)
            {
                break;
            }

            var words = Words(text);
            if (chosen.TrueForAll(c => WordJaccard(c.Words, words) < 0.5))
            {
                chosen.Add((text, words));
            }
        }

        var posts = new List<StoryCorpusPost>();
        for (var label = 0; label < chosen.Count; label++)
        {
            var original = chosen[label].Text;
            posts.Add(new StoryCorpusPost(original, label, true));
            var copies = random.Next(maxCopies + 1);
            for (var i = 0; i < copies; i++)
            {
                posts.Add(new StoryCorpusPost(Copy(original, label, random), label, false));
            }
        }

        var shuffled = posts.ToArray();
        random.Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>Lower-case words of a text, split on anything that is not a letter or digit.</summary>
    public static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        return words;
    }

    public static double WordJaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>A copy with one to three edits; the wrapping edits (retweet, quote, forward, forum) come last, as people apply them.</summary>
    private static string Copy(string original, int label, Random random)
    {
        var text = original;
        var edits = 1 + random.Next(3);
        for (var i = 0; i < edits; i++)
        {
            text = random.Next(8) switch
            {
                0 => Truncate(text, random),
                1 => Recase(text, random),
                2 => Typos(text, random),
                3 => Elongate(text, random),
                4 => text + " " + Pick(Tags, random) + (random.Next(2) == 0 ? " " + Pick(Tags, random) : ""),
                5 => text + " " + string.Create(CultureInfo.InvariantCulture, $"https://www.warta.example/berita/{label}-keluhan/?utm_source=twitter&utm_medium=social&fbclid=X{random.Next(1000)}"),
                _ => text,
            };
        }

        return random.Next(6) switch
        {
            0 => "RT @" + Pick(Handles, random) + ": " + text,
            1 => random.Next(2) == 0 ? Pick(Comments, random) + " " + text : text + " — " + Pick(Comments, random),
            2 => Forward(text, random),
            3 => Pick(Greetings, random) + "\n\n" + text,
            _ => text,
        };
    }

    private static string Truncate(string text, Random random)
    {
        var keep = (int)(text.Length * (0.7 + (0.2 * random.NextDouble())));
        return text[..keep].TrimEnd() + "…";
    }

    private static string Recase(string text, Random random) => random.Next(4) switch
    {
        0 => text.ToUpperInvariant(),
        1 => text.ToLowerInvariant(),
        2 => new string([.. text.Where(c => !char.IsPunctuation(c) || c == '@' || c == '#')]),
        _ => text.TrimEnd('.', '!', '?') + "!!!",
    };

    /// <summary>One or two one-letter slips (a wrong, missing or swapped letter) inside words of four letters or more.</summary>
    private static string Typos(string text, Random random)
    {
        var chars = new StringBuilder(text);
        var slips = 1 + random.Next(2);
        for (var attempt = 0; attempt < 20 && slips > 0; attempt++)
        {
            var at = 1 + random.Next(Math.Max(1, chars.Length - 3));
            if (at + 2 >= chars.Length || !char.IsLetter(chars[at - 1]) || !char.IsLetter(chars[at]) || !char.IsLetter(chars[at + 1]) || !char.IsLetter(chars[at + 2]))
            {
                continue;
            }

            switch (random.Next(3))
            {
                case 0:
                    chars[at] = (char)('a' + random.Next(26));
                    break;
                case 1:
                    chars.Remove(at, 1);
                    break;
                default:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
            }

            slips--;
        }

        return chars.ToString();
    }

    /// <summary>"parah" to "parahhhh": the last letter of a word written three to six times.</summary>
    private static string Elongate(string text, Random random)
    {
        var words = text.Split(' ');
        var at = random.Next(words.Length);
        var word = words[at];
        if (word.Length > 2 && char.IsLetter(word[^1]))
        {
            words[at] = word + new string(word[^1], 2 + random.Next(4));
        }

        return string.Join(' ', words);
    }

    private static string Forward(string text, Random random)
    {
        var name = Pick(Handles, random);
        var subject = string.Join(' ', text.Split(' ').Take(5));
        return "---------- Forwarded message ---------\n"
            + $"From: {name} <{name}@mail.example>\n"
            + "Date: Sen, 12 Mei 2026 09.14\n"
            + $"Subject: Fwd: {subject}\n"
            + "To: <milis-konsumen@groups.example>\n\n"
            + string.Join('\n', text.Split(". ").Select(s => random.Next(3) == 0 ? "> " + s : s))
            + "\n\n-- \nSalam,\n" + name + "\nSent from my iPhone";
    }

    private static string Pick(string[] items, Random random) => items[random.Next(items.Length)];
}
