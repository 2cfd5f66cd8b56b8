using System.Globalization;
using Pantau.Connectors.Demo;

namespace Pantau.Connectors.Tests.Demo;

public sealed class DemoAnswerScriptTests
{
    [Fact]
    public void Each_language_has_six_distinct_lines_of_each_kind()
    {
        Assert.Equal(["id", "en", "jv", "su"], DemoAnswerScript.Languages);
        foreach (var language in DemoAnswerScript.Languages)
        {
            foreach (var kind in new[] { DemoAnswerKind.Thanks, DemoAnswerKind.FollowUp })
            {
                var lines = DemoAnswerScript.LinesOf(language, kind);
                Assert.Equal(6, lines.Count);
                Assert.Equal(6, lines.Distinct(StringComparer.Ordinal).Count());
                Assert.All(lines, line => Assert.False(string.IsNullOrWhiteSpace(line)));
            }
        }
    }

    [Fact]
    public void The_answer_is_a_function_of_the_key_and_the_language()
    {
        Assert.Equal(DemoAnswerScript.Choose("case-7/reply-2", "en"), DemoAnswerScript.Choose("case-7/reply-2", "en"));

        var (text, language, kind) = DemoAnswerScript.Choose("case-7/reply-2", "su");
        Assert.Equal("su", language);
        Assert.Contains(text, DemoAnswerScript.LinesOf("su", kind));
    }

    [Theory]
    [InlineData(null, "id")]
    [InlineData("ms", "id")]
    [InlineData("", "id")]
    [InlineData("EN", "en")]
    [InlineData("en-US", "en")]
    [InlineData("jv", "jv")]
    public void Unknown_languages_fall_back_to_indonesian(string? language, string expected)
    {
        Assert.Equal(expected, DemoAnswerScript.Choose("k", language).Language);
    }

    [Fact]
    public void About_half_the_customers_are_satisfied_and_every_line_gets_used()
    {
        var answers = Enumerable.Range(0, 1000)
            .Select(i => DemoAnswerScript.Choose(string.Create(CultureInfo.InvariantCulture, $"reply-{i}"), "id"))
            .ToList();

        Assert.InRange(answers.Count(a => a.Kind == DemoAnswerKind.Thanks), 400, 600);
        Assert.Equal(12, answers.Select(a => a.Text).Distinct(StringComparer.Ordinal).Count());
    }
}
