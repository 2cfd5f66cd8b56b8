using Pantau.Connectors.Demo;

namespace Pantau.Connectors.Tests.Demo;

public sealed class DemoCorpusTests
{
    [Fact]
    public void Parse_reads_every_line_and_skips_blank_ones()
    {
        var lines = TestCorpus.ToJsonLines([TestCorpus.Post(0, 0), TestCorpus.Post(1, 2.5)]);

        using var reader = new StringReader("\n" + lines.Replace("\n", "\n   \n", StringComparison.Ordinal));
        var corpus = DemoCorpus.Parse(reader);

        Assert.Equal(["p0", "p1"], corpus.Posts.Select(p => p.Id));
        Assert.Equal(2.5, corpus.Posts[1].OffsetSeconds);
        Assert.Equal("user1", corpus.Posts[1].Author.Handle);
    }

    [Fact]
    public void A_bad_line_is_named_by_number()
    {
        var lines = TestCorpus.ToJsonLines([TestCorpus.Post(0, 0)]) + "\n{\"id\": \n";

        using var reader = new StringReader(lines);
        var error = Assert.Throws<InvalidDataException>(() => DemoCorpus.Parse(reader));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_literal_null_line_is_an_error()
    {
        using var reader = new StringReader("null\n");

        Assert.Throws<InvalidDataException>(() => DemoCorpus.Parse(reader));
    }

    /// <summary>The corpus shipped in the assembly (written by tools/Pantau.DemoCorpus).</summary>
    [Fact]
    public void The_bundled_corpus_parses_has_enough_posts_unique_ids_and_sorted_offsets()
    {
        var posts = DemoCorpus.Instance.Posts;
        if (posts.Count == 0 && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Skip("The bundled demo corpus is empty: generate it with `dotnet run --project tools/Pantau.DemoCorpus -- src/Pantau.Connectors/Demo/demo-corpus.jsonl`.");
        }

        Assert.True(posts.Count >= 2000, $"The bundled demo corpus has {posts.Count} posts; at least 2000 are expected.");

        var duplicates = posts.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        Assert.True(duplicates.Count == 0, $"Duplicate ids in the demo corpus: {string.Join(", ", duplicates)}");

        for (var i = 0; i < posts.Count; i++)
        {
            var post = posts[i];
            Assert.False(string.IsNullOrWhiteSpace(post.Id), $"post {i} has no id");
            Assert.False(string.IsNullOrWhiteSpace(post.Text), $"post {post.Id} has no text");
            Assert.False(string.IsNullOrWhiteSpace(post.Author?.Handle), $"post {post.Id} has no author handle");
            Assert.True(double.IsFinite(post.OffsetSeconds) && post.OffsetSeconds >= 0, $"post {post.Id} has offset {post.OffsetSeconds}");
            Assert.True(i == 0 || posts[i - 1].OffsetSeconds <= post.OffsetSeconds, $"offsets go back at post {post.Id} (index {i})");
        }
    }
}
