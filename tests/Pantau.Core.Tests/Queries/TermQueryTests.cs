using Pantau.Core.Queries;
using Pantau.Core.Text;

namespace Pantau.Core.Tests.Queries;

public sealed class TermQueryTests
{
    [Fact]
    public void Alternatives_are_separated_by_commas_and_OR()
    {
        var query = TermQuery.Parse("Telkomsel, #IndiHome OR @Telkomsel_ID,\"kartu Halo\"");

        Assert.Collection(
            query.Alternatives,
            a => Assert.Equal([new Token("telkomsel", TokenKind.Word)], a.Tokens),
            a => Assert.Equal([new Token("indihome", TokenKind.Hashtag)], a.Tokens),
            a => Assert.Equal([new Token("telkomsel_id", TokenKind.Mention)], a.Tokens),
            a => Assert.Equal([new Token("kartu", TokenKind.Word), new Token("halo", TokenKind.Word)], a.Tokens));
    }

    [Fact]
    public void Terms_are_folded_like_posts()
    {
        var query = TermQuery.Parse("ＣＡＦÉ  Kopi");

        var alternative = Assert.Single(query.Alternatives);
        Assert.Equal(["cafe", "kopi"], alternative.Tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(",, ,")]
    [InlineData("\"\"")]
    [InlineData("!!! OR ???")]
    public void Empty_alternatives_are_dropped(string text)
    {
        Assert.Empty(TermQuery.Parse(text).Alternatives);
    }

    [Fact]
    public void Empty_parts_between_separators_are_skipped()
    {
        Assert.Equal(2, TermQuery.Parse("a,, ,b").Alternatives.Count);
    }

    [Fact]
    public void Parse_rejects_null()
    {
        Assert.Throws<ArgumentNullException>(() => TermQuery.Parse(null!));
    }
}
