using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pantau.Core.Posts;

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
    bool Crisis)
{
    /// <summary>
    /// The post as the demo source delivers it in a given pass over the corpus. Pass 0 keeps the corpus ids; later
    /// passes put the pass first (<c>2~d00042</c>), so that a pass's ids sort together in the unique index.
    /// </summary>
    public RawPost ToRawPost(int pass, DateTimeOffset publishedAt) => new()
    {
        SourceKind = SourceKinds.Demo,
        ExternalId = PassId(Id, pass),
        Network = Network,
        PublishedAt = publishedAt,
        Text = Text,
        Title = Title,
        Url = Url is null ? null : pass == 0 ? Url : string.Create(CultureInfo.InvariantCulture, $"{Url}?pass={pass}"),
        Author = new PostAuthor(Author.Handle, Author.Name, Author.Followers, Author.Verified),
        Language = Lang,
        Country = Country,
        InReplyToExternalId = InReplyTo is null ? null : PassId(InReplyTo, pass),
        RepostOfExternalId = RepostOf is null ? null : PassId(RepostOf, pass),
        QuoteOfExternalId = QuoteOf is null ? null : PassId(QuoteOf, pass),
        Engagement = new PostEngagement(Likes, Shares, Replies),
    };

    private static string PassId(string id, int pass) =>
        pass == 0 ? id : string.Create(CultureInfo.InvariantCulture, $"{pass}~{id}");
}

public sealed record DemoAuthor(string Handle, string? Name, long Followers, bool Verified);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DemoPost))]
internal sealed partial class DemoCorpusJson : JsonSerializerContext;
