using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pantau.Connectors.Demo;

/// <summary>The bundled demo corpus (see docs/demo-corpus.md), loaded once from the assembly.</summary>
public sealed class DemoCorpus
{
    private static readonly Lazy<DemoCorpus> Bundled = new(LoadBundled);

    private DemoCorpus(IReadOnlyList<DemoPost> posts) => Posts = posts;

    public static DemoCorpus Instance => Bundled.Value;

    public IReadOnlyList<DemoPost> Posts { get; }

    public static DemoCorpus Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var posts = new List<DemoPost>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                posts.Add(JsonSerializer.Deserialize(line, DemoCorpusJson.Default.DemoPost)
                    ?? throw new JsonException("empty line"));
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"Demo corpus line {lineNumber}: {exception.Message}", exception);
            }
        }

        return new DemoCorpus(posts);
    }

    private static DemoCorpus LoadBundled()
    {
        using var stream = typeof(DemoCorpus).Assembly.GetManifestResourceStream("Pantau.Connectors.Demo.demo-corpus.jsonl")
            ?? throw new InvalidOperationException("The demo corpus is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}

public sealed record DemoPost(
    string Id,
    double OffsetSeconds,
    string Network,
    DemoAuthor Author,
    string? Title,
    string Text,
    string? Lang,
    string? Url,
    string? InReplyTo,
    string? RepostOf,
    string? QuoteOf,
    int Likes,
    int Shares,
    int Replies,
    string? Country,
    string? Intent,
    bool IsSpam,
    bool Crisis);

public sealed record DemoAuthor(string Handle, string? Name, long Followers, bool Verified);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DemoPost))]
internal sealed partial class DemoCorpusJson : JsonSerializerContext;
