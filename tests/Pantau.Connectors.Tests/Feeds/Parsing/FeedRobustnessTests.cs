using Pantau.Connectors.Feeds.Parsing;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

/// <summary>Whatever bytes arrive, the parser answers with a feed or a <see cref="FeedParseException"/>, nothing else.</summary>
public sealed class FeedRobustnessTests
{
    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Feeds", "Corpus")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_cut_of_every_corpus_file_parses_or_fails_cleanly(string file)
    {
        var bytes = FeedCorpus.Bytes(file);
        for (var cut = 0; cut <= bytes.Length; cut += Math.Max(1, bytes.Length / 40))
        {
            AssertParsesOrFailsCleanly(bytes.AsSpan(0, cut).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Random_byte_damage_parses_or_fails_cleanly(string file)
    {
        var random = new Random(file.Length);
        var original = FeedCorpus.Bytes(file);
        for (var round = 0; round < 20 && original.Length > 0; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = 0; flips < 5; flips++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            AssertParsesOrFailsCleanly(bytes);
        }
    }

    private static void AssertParsesOrFailsCleanly(byte[] bytes)
    {
        try
        {
            var feed = FeedParser.Parse(bytes, new Uri("https://feed.example.com/feed"));
            Assert.All(feed.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Id)));
        }
        catch (FeedParseException error)
        {
            Assert.True(error.Line >= 1);
            Assert.StartsWith("line ", error.Message, StringComparison.Ordinal);
        }
    }
}
