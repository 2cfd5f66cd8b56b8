using Pantau.Connectors.Feeds.Parsing;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

/// <summary>The hand-written feed files under Feeds/Corpus, copied beside the test assembly.</summary>
internal static class FeedCorpus
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Feeds", "Corpus", name));

    public static ParsedFeed Parse(string name, Uri? baseUri = null, string? httpCharset = null) =>
        FeedParser.Parse(Bytes(name), baseUri, httpCharset);

    public static ParsedFeed ParseText(string xml, Uri? baseUri = null) => FeedParser.Parse(System.Text.Encoding.UTF8.GetBytes(xml), baseUri);

    public static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
