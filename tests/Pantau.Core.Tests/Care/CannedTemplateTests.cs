using Pantau.Core.Care;

namespace Pantau.Core.Tests.Care;

public sealed class CannedTemplateTests
{
    private const string Apology =
        "Halo Kak {{customer.first_name}}, mohon maaf atas kendalanya. Nomor tiket Anda #{{case.number}}. Salam, {{agent.first_name}}";

    private static readonly Dictionary<string, string?> Values = new()
    {
        ["customer.name"] = "Ani Lestari",
        ["customer.handle"] = "@ani_l",
        ["case.number"] = "1042",
        ["agent.name"] = "Budi Santoso",
        ["workspace.name"] = "Telko Nusantara",
    };

    [Fact]
    public void The_variables_are_the_documented_seven()
    {
        Assert.Equal(
            ["customer.name", "customer.first_name", "customer.handle", "case.number", "agent.name", "agent.first_name", "workspace.name"],
            CannedTemplate.Variables);
    }

    [Fact]
    public void An_indonesian_apology_renders_with_first_names_derived_from_full_names()
    {
        Assert.Empty(CannedTemplate.Validate(Apology));
        Assert.Equal(
            "Halo Kak Ani, mohon maaf atas kendalanya. Nomor tiket Anda #1042. Salam, Budi",
            CannedTemplate.Render(Apology, Values));
    }

    [Fact]
    public void A_given_first_name_wins_over_the_derived_one()
    {
        var values = new Dictionary<string, string?>(Values) { ["customer.first_name"] = "Nona" };

        Assert.Equal("Halo Nona", CannedTemplate.Render("Halo {{customer.first_name}}", values));
    }

    [Fact]
    public void Spaces_inside_the_braces_and_letter_case_do_not_matter()
    {
        Assert.Equal(
            "Terima kasih, Ani Lestari, dari Telko Nusantara.",
            CannedTemplate.Render("Terima kasih, {{  customer.name }}, dari {{Workspace.Name}}.", Values));
        Assert.Empty(CannedTemplate.Validate("{{  customer.name }} {{Workspace.Name}}"));
    }

    [Fact]
    public void A_fallback_stands_in_for_a_missing_or_blank_value()
    {
        var blank = new Dictionary<string, string?> { ["customer.name"] = "   ", ["agent.name"] = null };

        Assert.Equal("Halo Kak, ada yang bisa dibantu?", CannedTemplate.Render("Halo {{customer.first_name | Kak}}, ada yang bisa dibantu?", blank));
        Assert.Equal("Salam, Tim CS", CannedTemplate.Render("Salam, {{ agent.first_name |Tim CS }}", blank));
        Assert.Equal("Halo Ani", CannedTemplate.Render("Halo {{customer.first_name | Kak}}", Values));
        Assert.Equal("a|b", CannedTemplate.Render("{{case.number|a|b}}", blank)); // the fallback is everything after the first bar
    }

    [Fact]
    public void Missing_and_unknown_variables_without_a_fallback_render_empty()
    {
        Assert.Equal("Halo , tiket #", CannedTemplate.Render("Halo {{customer.first_name}}, tiket #{{case.number}}", new Dictionary<string, string?>()));
        Assert.Equal("x  y", CannedTemplate.Render("x {{customer.phone}} y", Values));
        Assert.Equal("x - y", CannedTemplate.Render("x {{customer.phone | -}} y", Values));
        Assert.Equal("x  y", CannedTemplate.Render("x {{}} y", Values));
    }

    [Fact]
    public void Values_are_trimmed()
    {
        var values = new Dictionary<string, string?> { ["customer.name"] = "  Siti   Aminah " };

        Assert.Equal("[Siti   Aminah] [Siti]", CannedTemplate.Render("[{{customer.name}}] [{{customer.first_name}}]", values));
    }

    [Fact]
    public void Validation_names_unknown_variables_empty_names_and_unclosed_braces_by_column()
    {
        var errors = CannedTemplate.Validate("Hi {{customer.phone}}, {{ }} and {{case.number");

        Assert.Collection(
            errors,
            e =>
            {
                Assert.Equal(new TemplateError(4, 18, e.Message), e);
                Assert.StartsWith("Unknown variable \"customer.phone\"; use one of customer.name, customer.first_name", e.Message, StringComparison.Ordinal);
            },
            e => Assert.Equal(new TemplateError(24, 5, "A variable between \"{{\" and \"}}\" has no name."), e),
            e => Assert.Equal(new TemplateError(34, 2, "\"{{\" is not closed with \"}}\"."), e));
    }

    [Fact]
    public void A_fallback_alone_is_an_empty_name()
    {
        Assert.Equal("A variable between \"{{\" and \"}}\" has no name.", Assert.Single(CannedTemplate.Validate("{{ | Kak }}")).Message);
    }

    [Fact]
    public void Quadruple_braces_are_not_special()
    {
        // "{{{{case.number}}" is a tag named "{{case.number": unknown.
        Assert.Single(CannedTemplate.Validate("{{{{case.number}}"));
        Assert.Equal("", CannedTemplate.Render("{{{{case.number}}", Values));
        // A tag ends at the first "}}"; a stray "}" after it is text.
        Assert.Equal("1042}", CannedTemplate.Render("{{case.number}}}", Values));
        Assert.Equal("a }} b", CannedTemplate.Render("a }} b", Values));
        Assert.Empty(CannedTemplate.Validate("a }} b { c } d"));
    }

    [Fact]
    public void Unclosed_braces_render_as_text()
    {
        Assert.Equal("Tiket 1042 {{customer.name", CannedTemplate.Render("Tiket {{case.number}} {{customer.name", Values));
        Assert.Equal("{", CannedTemplate.Render("{", Values));
        Assert.Equal("{{", CannedTemplate.Render("{{", Values));
    }

    [Fact]
    public void Values_are_not_read_as_templates()
    {
        var values = new Dictionary<string, string?> { ["customer.name"] = "{{agent.name}}", ["agent.name"] = "Budi" };

        Assert.Equal("Halo {{agent.name}}", CannedTemplate.Render("Halo {{customer.name}}", values));
    }

    [Fact]
    public void Hostile_bodies_neither_throw_nor_take_long()
    {
        var unbalanced = string.Concat(Enumerable.Repeat("{{{", 200_000)) + string.Concat(Enumerable.Repeat("}", 100_001));
        var manyTags = string.Concat(Enumerable.Repeat("{{nope}}", 100_000));
        var manyOpen = string.Concat(Enumerable.Repeat("{{", 300_000));
        var huge = new string('x', 5_000_000) + "{{case.number}}";

        Assert.Single(CannedTemplate.Validate(unbalanced));
        Assert.Equal(CannedTemplate.MaxErrors, CannedTemplate.Validate(manyTags).Count);
        Assert.Single(CannedTemplate.Validate(manyOpen));
        Assert.Empty(CannedTemplate.Validate(huge));
        Assert.EndsWith("x1042", CannedTemplate.Render(huge, Values), StringComparison.Ordinal);
        Assert.Equal(string.Empty, CannedTemplate.Render(manyTags, Values));
        Assert.Equal(manyOpen, CannedTemplate.Render(manyOpen, Values));
        Assert.NotNull(CannedTemplate.Render(unbalanced, Values));
        Assert.Contains("…", Assert.Single(CannedTemplate.Validate("{{" + new string('a', 10_000) + "}}")).Message, StringComparison.Ordinal);
        Assert.Empty(CannedTemplate.Validate(string.Empty));
        Assert.Equal(string.Empty, CannedTemplate.Render(string.Empty, Values));
        Assert.Equal("\uD800 x", CannedTemplate.Render("\uD800 {{customer.phone}}x", Values)); // lone surrogates pass through
    }
}
