using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pantau.DemoCorpus;

/// <summary>Validates a corpus file and prints summary statistics. Returns the number of errors.</summary>
internal static class Checker
{
    private static readonly string[] PropertyOrder =
    [
        "id", "offsetSeconds", "network", "author", "title", "text", "lang", "url", "inReplyTo", "repostOf", "quoteOf",
        "likes", "shares", "replies", "country", "intent", "isSpam", "crisis",
    ];

    private static readonly string[] CounterNames = ["likes", "shares", "replies"];
    private static readonly string[] AuthorOrder = ["handle", "name", "followers", "verified"];
    private static readonly HashSet<string> Langs = ["id", "en", "jv", "su", "ms"];
    private static readonly HashSet<string> Countries = ["ID", "MY", "SG", "US"];

    private static readonly string[][] BrandKeys =
    [
        ["nusantel"],
        ["bank sentosa", "banksentosa"],
        ["kopi senja", "kopisenja"],
        ["rajawali air", "rajawaliair"],
        ["belanjain"],
    ];

    private static readonly string[] BrandHandles = ["nusantel", "nusantel_care", "banksentosa", "kopisenja", "rajawaliair", "belanjain"];

    private sealed record Row(
        string Id, double Offset, string Network, string Handle, string Name, long Followers, bool Verified, string? Title,
        string Text, string Lang, string Url, string? InReplyTo, string? RepostOf, string? QuoteOf, string Intent, bool IsSpam,
        bool Crisis, string Raw);

    public static int Run(string path, int sample, TextWriter o)
    {
        var errors = new List<string>();
        void Err(string s)
        {
            if (errors.Count < 50)
            {
                o.WriteLine("ERROR: " + s);
            }

            errors.Add(s);
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            Err("file starts with a UTF-8 BOM");
        }

        var content = new UTF8Encoding(false, true).GetString(bytes);
        if (content.Contains('\r', StringComparison.Ordinal))
        {
            Err("file contains CR characters (must be LF only)");
        }

        if (!content.EndsWith('\n'))
        {
            Err("file does not end with a newline");
        }

        var lines = content.Split('\n');
        var rows = new List<Row>();
        var idRx = new Regex("^d[0-9]{5}$", RegexOptions.CultureInvariant);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                if (i != lines.Length - 1)
                {
                    Err($"line {i + 1}: empty line");
                }

                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var names = root.EnumerateObject().Select(p => p.Name).ToArray();
                if (!names.SequenceEqual(PropertyOrder))
                {
                    Err($"line {i + 1}: properties {string.Join(",", names)}");
                    continue;
                }

                var a = root.GetProperty("author");
                if (!a.EnumerateObject().Select(p => p.Name).SequenceEqual(AuthorOrder))
                {
                    Err($"line {i + 1}: author properties");
                    continue;
                }

                var row = new Row(
                    root.GetProperty("id").GetString()!,
                    root.GetProperty("offsetSeconds").GetDouble(),
                    root.GetProperty("network").GetString()!,
                    a.GetProperty("handle").GetString()!,
                    a.GetProperty("name").GetString()!,
                    a.GetProperty("followers").GetInt64(),
                    a.GetProperty("verified").GetBoolean(),
                    Str(root, "title"),
                    root.GetProperty("text").GetString()!,
                    root.GetProperty("lang").GetString()!,
                    root.GetProperty("url").GetString()!,
                    Str(root, "inReplyTo"),
                    Str(root, "repostOf"),
                    Str(root, "quoteOf"),
                    root.GetProperty("intent").GetString()!,
                    root.GetProperty("isSpam").GetBoolean(),
                    root.GetProperty("crisis").GetBoolean(),
                    line);

                foreach (var counter in CounterNames)
                {
                    if (root.GetProperty(counter).GetInt32() < 0)
                    {
                        Err($"{row.Id}: negative {counter}");
                    }
                }

                var country = Str(root, "country");
                if (country is not null && !Countries.Contains(country))
                {
                    Err($"{row.Id}: country {country}");
                }

                rows.Add(row);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
            {
                Err($"line {i + 1}: invalid JSON line: {ex.Message}");
            }
        }

        // Structural checks.
        var ids = new Dictionary<string, Row>(StringComparer.Ordinal);
        var urls = new HashSet<string>(StringComparer.Ordinal);
        var authors = new Dictionary<string, (string Name, long Followers, bool Verified)>(StringComparer.Ordinal);
        double prev = -1;
        foreach (var r in rows)
        {
            if (!idRx.IsMatch(r.Id))
            {
                Err($"{r.Id}: bad id format");
            }

            if (r.Offset < prev)
            {
                Err($"{r.Id}: offsets not sorted ({r.Offset} < {prev})");
            }

            if (Math.Abs((r.Offset * 10) - Math.Round(r.Offset * 10)) > 1e-6)
            {
                Err($"{r.Id}: offset has more than one decimal");
            }

            prev = r.Offset;
            if (!ids.TryAdd(r.Id, r))
            {
                Err($"{r.Id}: duplicate id");
            }

            if (!urls.Add(r.Url))
            {
                Err($"{r.Id}: duplicate url {r.Url}");
            }

            if (!Uri.TryCreate(r.Url, UriKind.Absolute, out var uri) || !uri.Host.EndsWith(".example", StringComparison.Ordinal))
            {
                Err($"{r.Id}: url not on .example: {r.Url}");
            }

            if (!Networks.All.Contains(r.Network))
            {
                Err($"{r.Id}: unknown network {r.Network}");
            }

            if (!Langs.Contains(r.Lang))
            {
                Err($"{r.Id}: unknown lang {r.Lang}");
            }

            if (!Intents.All.Contains(r.Intent))
            {
                Err($"{r.Id}: unknown intent {r.Intent}");
            }

            if (r.IsSpam != (r.Intent == Intents.Spam))
            {
                Err($"{r.Id}: isSpam/intent mismatch");
            }

            if (r.Handle.StartsWith('@') || r.Handle.Length == 0)
            {
                Err($"{r.Id}: bad handle '{r.Handle}'");
            }

            if ((r.Network is Networks.Feed or Networks.Email) && string.IsNullOrWhiteSpace(r.Title))
            {
                Err($"{r.Id}: {r.Network} post without title");
            }

            if (r.Title is not null && r.Network is not (Networks.Feed or Networks.Email or Networks.Reddit))
            {
                Err($"{r.Id}: title on {r.Network}");
            }

            if (string.IsNullOrWhiteSpace(r.Text))
            {
                Err($"{r.Id}: empty text");
            }

            if (r.Network == Networks.X && r.RepostOf is null && r.Text.Length > 280)
            {
                Err($"{r.Id}: X post longer than 280 chars ({r.Text.Length})");
            }

            foreach (var (refId, kind) in new[] { (r.InReplyTo, "inReplyTo"), (r.RepostOf, "repostOf"), (r.QuoteOf, "quoteOf") })
            {
                if (refId is null)
                {
                    continue;
                }

                if (!ids.TryGetValue(refId, out var target))
                {
                    Err($"{r.Id}: {kind} {refId} is not an earlier post");
                }
                else if (target.Offset > r.Offset)
                {
                    Err($"{r.Id}: {kind} {refId} is later");
                }
            }

            if (authors.TryGetValue(r.Handle, out var prevA))
            {
                if (prevA != (r.Name, r.Followers, r.Verified))
                {
                    Err($"{r.Id}: author {r.Handle} inconsistent");
                }
            }
            else
            {
                authors[r.Handle] = (r.Name, r.Followers, r.Verified);
            }
        }

        // Statistics.
        var n = rows.Count;
        o.WriteLine($"posts: {n}, authors: {authors.Count}");
        if (n > 0)
        {
            o.WriteLine(Inv($"first offset: {rows[0].Offset:0.0}s, last offset: {rows[^1].Offset:0.0}s, posts in first 60s: {rows.Count(r => r.Offset < 60)}"));
            if (rows[0].Offset >= 2)
            {
                Err("first post is not within 2 s");
            }

            if (rows.Count(r => r.Offset < 60) < 10)
            {
                Err("fewer than 10 posts in the first 60 s");
            }
        }

        PrintDist(o, "network", rows.GroupBy(r => r.Network), n);
        PrintDist(o, "lang", rows.GroupBy(r => r.Lang), n);
        PrintDist(o, "intent", rows.GroupBy(r => r.Intent), n);
        PrintDist(o, "crisis", rows.GroupBy(r => r.Crisis ? "true" : "false"), n);
        PrintDist(o, "intent (crisis only)", rows.Where(r => r.Crisis).GroupBy(r => r.Intent), rows.Count(r => r.Crisis));
        PrintDist(o, "network (crisis only)", rows.Where(r => r.Crisis).GroupBy(r => r.Network), rows.Count(r => r.Crisis));

        var crisis = rows.Where(r => r.Crisis).ToList();
        if (crisis.Count > 0)
        {
            var t0 = crisis[0].Offset;
            o.WriteLine(Inv($"crisis starts at {t0:0.0}s; posts per 15 min:"));
            var buckets = crisis.GroupBy(r => (int)((r.Offset - t0) / 900)).OrderBy(g => g.Key);
            o.WriteLine("  " + string.Join("  ", buckets.Select(g => Inv($"+{g.Key * 15}m:{g.Count()}"))));
        }

        var nonFlood = rows.Where(r => !r.Crisis && !r.IsSpam && r.RepostOf is null).ToList();
        var distinctAll = rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count();
        var dupGroups = nonFlood.GroupBy(r => r.Text, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        var dupPosts = dupGroups.Sum(g => g.Count() - 1);
        o.WriteLine(Inv($"distinct texts: {distinctAll} of {n}; exact duplicates outside crisis/spam/reposts: {dupPosts} of {nonFlood.Count} ({100.0 * dupPosts / Math.Max(1, nonFlood.Count):0.0}%)"));
        foreach (var g in dupGroups.OrderByDescending(g => g.Count()).Take(5))
        {
            o.WriteLine($"  dup x{g.Count()}: {Trunc(g.Key, 100)}");
        }

        if (nonFlood.Count > 0 && dupPosts > nonFlood.Count * 0.03)
        {
            Err("more than 3% exact duplicate texts outside crisis/spam");
        }

        var noBrand = rows.Where(r => !r.IsSpam && !MentionsAnyBrand(r)).ToList();
        o.WriteLine($"non-spam posts without a brand mention (keyword-collision noise): {noBrand.Count}");
        foreach (var r in noBrand.Where(r => r.Intent != Intents.Chatter).Take(10))
        {
            Err($"{r.Id}: {r.Intent} post does not mention a brand: {Trunc(r.Text, 80)}");
        }

        var multi = rows.Count(r => BrandKeys.Count(k => k.Any(kw => Lower(r).Contains(kw, StringComparison.Ordinal))) > 1);
        o.WriteLine($"posts mentioning two or more brands: {multi}");
        o.WriteLine($"replies: {rows.Count(r => r.InReplyTo is not null)}, reposts: {rows.Count(r => r.RepostOf is not null)}, quotes: {rows.Count(r => r.QuoteOf is not null)}");

        if (sample > 0 && rows.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"--- {sample} random lines ---");
            var rnd = new Rng(sample * 7919);
            var picked = new SortedSet<int>();
            while (picked.Count < Math.Min(sample, rows.Count))
            {
                picked.Add(rnd.Int(0, rows.Count - 1));
            }

            foreach (var i in picked)
            {
                o.WriteLine(rows[i].Raw);
            }
        }

        o.WriteLine(errors.Count == 0 ? "CHECK OK" : $"CHECK FAILED: {errors.Count} error(s)");
        return errors.Count;
    }

    private static bool MentionsAnyBrand(Row r)
    {
        if (BrandHandles.Contains(r.Handle))
        {
            return true;
        }

        var t = Lower(r);
        return BrandKeys.Any(k => k.Any(kw => t.Contains(kw, StringComparison.Ordinal)));
    }

    private static string Lower(Row r) => ((r.Title ?? "") + " " + r.Text).ToLowerInvariant();

    private static void PrintDist(TextWriter o, string label, IEnumerable<IGrouping<string, Row>> groups, int total)
    {
        var parts = groups.OrderByDescending(g => g.Count())
            .Select(g => Inv($"{g.Key}={g.Count()} ({100.0 * g.Count() / Math.Max(1, total):0.0}%)"));
        o.WriteLine($"{label}: {string.Join(", ", parts)}");
    }

    private static string? Str(JsonElement e, string name)
    {
        var p = e.GetProperty(name);
        return p.ValueKind == JsonValueKind.Null ? null : p.GetString();
    }

    private static string Trunc(string s, int n) => s.Length <= n ? s : string.Concat(s.AsSpan(0, n), "…");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
