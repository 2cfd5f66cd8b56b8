using System.Globalization;
using Pantau.Core.Care;

namespace Pantau.Core.Tests.Care;

public sealed class CaseRouterTests
{
    private static readonly Guid Billing = Id(1);
    private static readonly Guid Network = Id(2);
    private static readonly Guid Twitter = Id(10);
    private static readonly Guid Email = Id(11);
    private static readonly RoutingTarget Team = RoutingTarget.ToTeam(Id(100));

    [Fact]
    public void An_empty_condition_holds_for_every_case()
    {
        var rule = Rule(1, RoutingCondition.Any);

        Assert.Same(rule, CaseRouter.FirstMatch([rule], Case("apa saja")));
        Assert.Same(rule, CaseRouter.FirstMatch([rule], new RoutingCase([], null, Guid.Empty, string.Empty)));
    }

    [Fact]
    public void No_rules_or_no_holding_rule_is_null()
    {
        Assert.Null(CaseRouter.FirstMatch([], Case("halo")));
        Assert.Null(CaseRouter.FirstMatch([Rule(1, When(keywords: ["refund"]))], Case("halo")));
    }

    [Fact]
    public void Topics_match_any_of_the_case_topics()
    {
        var rule = Rule(1, When(topics: [Billing, Network]));

        Assert.NotNull(CaseRouter.FirstMatch([rule], Case("x", topics: [Id(50), Network])));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("x", topics: [Id(50)])));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("x", topics: [])));
    }

    [Theory]
    [InlineData("id", true)]
    [InlineData("ID", true)]
    [InlineData(" id ", true)]
    [InlineData("id-ID", true)]
    [InlineData("en", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Languages_match_case_insensitively_and_on_the_primary_subtag(string? language, bool holds)
    {
        var rule = Rule(1, When(languages: ["id", "jv"]));

        Assert.Equal(holds, CaseRouter.FirstMatch([rule], Case("x", language: language)) is not null);
    }

    [Fact]
    public void Sources_match_the_case_source()
    {
        var rule = Rule(1, When(sources: [Twitter, Email]));

        Assert.NotNull(CaseRouter.FirstMatch([rule], Case("x", source: Email)));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("x", source: Id(12))));
    }

    [Fact]
    public void Every_non_empty_field_must_hold()
    {
        var rule = Rule(1, When(topics: [Billing], languages: ["id"], sources: [Twitter], keywords: ["refund", "uang kembali"]));

        Assert.NotNull(CaseRouter.FirstMatch([rule], Case("Minta REFUND!!", topics: [Billing], language: "id", source: Twitter)));
        Assert.NotNull(CaseRouter.FirstMatch([rule], Case("kapan uang kembali?", topics: [Billing], language: "id", source: Twitter)));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("Minta refund", topics: [Network], language: "id", source: Twitter)));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("Minta refund", topics: [Billing], language: "en", source: Twitter)));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("Minta refund", topics: [Billing], language: "id", source: Email)));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("Minta ganti rugi", topics: [Billing], language: "id", source: Twitter)));
    }

    [Theory]
    [InlineData("refund", "Saya minta REFUND!!", true)]
    [InlineData("Refund", "refund please", true)]
    [InlineData("refund", "refunded already", false)] // whole tokens only
    [InlineData("refund", "#refund sekarang", true)] // a plain word also matches the hashtag
    [InlineData("refund", "cc @refund", true)]
    [InlineData("#refund", "saya minta refund", false)] // a written hashtag matches only hashtags
    [InlineData("#refund", "#Refund", true)]
    [InlineData("café", "CAFE tutup", true)] // accents fold away, both ways
    [InlineData("cafe", "Café tutup", true)]
    [InlineData("ｒｅｆｕｎｄ", "refund", true)] // fullwidth letters
    [InlineData("sinyal hilang", "dari pagi SINYAL   hilang terus", true)]
    [InlineData("sinyal hilang", "sinyal, hilang!", true)] // punctuation is not a token
    [InlineData("sinyal hilang", "sinyalnya hilang", false)] // a phrase is consecutive whole tokens
    [InlineData("sinyal hilang", "sinyal sering hilang", false)]
    [InlineData("sinyal hilang", "hilang sinyal", false)]
    [InlineData("tolong", "tolonggg bantu", true)] // elongated text matches the plain keyword
    [InlineData("tolonggg", "tolong bantu", true)] // and an elongated keyword the plain word
    [InlineData("maaf", "maaaaf ya", true)]
    [InlineData("kata kata", "kata2 mutiara", true)] // "kata2" reads as "kata kata"
    [InlineData("please help", "Please HELP me", true)]
    [InlineData("sue", "I will sue you", true)]
    [InlineData("sue", "pursue", false)]
    public void Keywords_match_folded_whole_tokens_and_phrases(string keyword, string text, bool holds)
    {
        var rule = Rule(1, When(keywords: [keyword]));

        Assert.Equal(holds, CaseRouter.FirstMatch([rule], Case(text)) is not null);
    }

    [Fact]
    public void Any_keyword_of_a_rule_will_do()
    {
        var rule = Rule(1, When(keywords: ["somasi", "pengacara", "lapor polisi"]));

        Assert.NotNull(CaseRouter.FirstMatch([rule], Case("Saya akan LAPOR POLISI")));
        Assert.NotNull(CaseRouter.FirstMatch([rule], Case("pengacara saya akan menghubungi")));
        Assert.Null(CaseRouter.FirstMatch([rule], Case("lapor ke cs saja, bukan polisi")));
    }

    [Fact]
    public void Keywords_without_a_word_never_match_and_are_reported()
    {
        var condition = When(keywords: ["!!!", " ", "refund"]);
        Assert.Equal(["!!!", " "], condition.UnmatchableKeywords());

        var onlyPunctuation = Rule(1, When(keywords: ["!!!"]));
        Assert.Null(CaseRouter.FirstMatch([onlyPunctuation], Case("!!!")));
    }

    [Fact]
    public void Rules_are_tried_by_order_then_id()
    {
        var late = Rule(1, RoutingCondition.Any, order: 20);
        var secondOfTen = Rule(3, RoutingCondition.Any, order: 10);
        var firstOfTen = Rule(2, RoutingCondition.Any, order: 10);
        var specific = Rule(4, When(keywords: ["somasi"]), order: 1);

        Assert.Same(firstOfTen, CaseRouter.FirstMatch([late, secondOfTen, specific, firstOfTen], Case("halo")));
        Assert.Same(specific, CaseRouter.FirstMatch([late, secondOfTen, specific, firstOfTen], Case("kirim somasi")));
        Assert.Equal([specific, firstOfTen, secondOfTen, late], new CompiledRoutingRules([late, secondOfTen, specific, firstOfTen]).Rules);
    }

    [Fact]
    public void Compiled_rules_route_many_cases_among_hundreds_of_rules()
    {
        var rules = Enumerable.Range(0, 500)
            .Select(i => Rule(i + 1, When(keywords: [$"produk{i.ToString(CultureInfo.InvariantCulture)}", $"kode {i.ToString(CultureInfo.InvariantCulture)} rusak"]), order: 500 - i))
            .ToList();
        var compiled = new CompiledRoutingRules(rules);

        Assert.Equal(rules[42].Id, compiled.FirstMatch(Case("Produk42 saya rusak"))!.Id);
        Assert.Equal(rules[300].Id, compiled.FirstMatch(Case("kode 7 rusak, kode 300 rusak"))!.Id); // order 200 comes before 493
        Assert.Null(compiled.FirstMatch(Case("kode 7 baik")));
    }

    [Fact]
    public void Routing_targets_are_a_team_or_an_agent()
    {
        Assert.True(RoutingTarget.ToTeam(Id(1), DistributionMethod.LeastBusy).IsValid);
        Assert.True(RoutingTarget.ToAgent(Id(2)).IsValid);
        Assert.False(new RoutingTarget(null, null, DistributionMethod.RoundRobin).IsValid);
        Assert.False(new RoutingTarget(Id(1), Id(2), DistributionMethod.RoundRobin).IsValid);
        Assert.False(new RoutingTarget(Guid.Empty, null, DistributionMethod.RoundRobin).IsValid);
        Assert.False(new RoutingTarget(Id(1), null, (DistributionMethod)9).IsValid);
        Assert.Throws<ArgumentException>(() => new RoutingTarget(Id(1), Id(2), DistributionMethod.RoundRobin).Validate());
        Assert.Throws<ArgumentException>(() => RoutingTarget.ToAgent(Guid.Empty));
    }

    [Fact]
    public void Round_robin_takes_turns_fairly()
    {
        var agents = new List<AgentLoad>
        {
            new(Id(3), true, 0, 0, null),
            new(Id(1), true, 0, 0, null),
            new(Id(2), true, 0, 0, At(0)),
        };
        var assigned = new List<Guid>();
        for (var minute = 1; minute <= 9; minute++)
        {
            var chosen = CaseRouter.ChooseAgent(DistributionMethod.RoundRobin, agents)!.Value;
            assigned.Add(chosen);
            var index = agents.FindIndex(agent => agent.AgentId == chosen);
            agents[index] = agents[index] with { LastAssignedAt = At(minute), OpenCases = agents[index].OpenCases + 1 };
        }

        // Never-assigned agents first (by id), then the one assigned longest ago, and round again.
        Assert.Equal([Id(1), Id(3), Id(2), Id(1), Id(3), Id(2), Id(1), Id(3), Id(2)], assigned);
        Assert.All(agents, agent => Assert.Equal(3, agent.OpenCases));
    }

    [Fact]
    public void Round_robin_ties_go_to_the_lower_id()
    {
        AgentLoad[] agents = [new(Id(9), true, 0, 0, At(5)), new(Id(4), true, 0, 0, At(5))];

        Assert.Equal(Id(4), CaseRouter.ChooseAgent(DistributionMethod.RoundRobin, agents));
    }

    [Fact]
    public void Least_busy_takes_the_fewest_open_cases_then_the_longest_wait_then_the_id()
    {
        AgentLoad[] agents =
        [
            new(Id(1), true, 5, 0, At(0)),
            new(Id(2), true, 2, 0, At(30)),
            new(Id(3), true, 2, 0, At(10)),
            new(Id(4), true, 2, 0, At(10)),
        ];

        Assert.Equal(Id(3), CaseRouter.ChooseAgent(DistributionMethod.LeastBusy, agents));
        Assert.Equal(Id(1), CaseRouter.ChooseAgent(DistributionMethod.RoundRobin, agents));
        Assert.Equal(Id(2), CaseRouter.ChooseAgent(DistributionMethod.LeastBusy, [agents[0], agents[1], agents[2] with { OpenCases = 3 }]));
        Assert.Equal(Id(5), CaseRouter.ChooseAgent(DistributionMethod.LeastBusy, [.. agents, new(Id(5), true, 2, 0, null)]));
    }

    [Fact]
    public void Offline_and_full_agents_are_passed_over()
    {
        AgentLoad[] agents =
        [
            new(Id(1), false, 0, 0, null), // offline
            new(Id(2), true, 5, 5, null), // at capacity
            new(Id(3), true, 9, 10, At(50)),
            new(Id(4), true, 40, 0, At(60)), // unlimited
        ];

        Assert.Equal(Id(3), CaseRouter.ChooseAgent(DistributionMethod.RoundRobin, agents));
        Assert.Equal(Id(3), CaseRouter.ChooseAgent(DistributionMethod.LeastBusy, agents));
        Assert.Equal(Id(4), CaseRouter.ChooseAgent(DistributionMethod.LeastBusy, [agents[0], agents[1], agents[3]]));
    }

    [Fact]
    public void Nobody_eligible_is_null()
    {
        Assert.Null(CaseRouter.ChooseAgent(DistributionMethod.RoundRobin, []));
        Assert.Null(CaseRouter.ChooseAgent(DistributionMethod.LeastBusy, [new(Id(1), false, 0, 0, null), new(Id(2), true, 3, 3, null)]));
    }

    private static Guid Id(int n) => new(n, 0, 0, [0, 0, 0, 0, 0, 0, 0, 0]);

    private static DateTimeOffset At(int minute) => new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7)).AddMinutes(minute);

    private static RoutingRule Rule(int id, RoutingCondition when, int order = 0) => new(Id(id), order, $"rule {id.ToString(CultureInfo.InvariantCulture)}", when, Team);

    private static RoutingCondition When(
        Guid[]? topics = null, string[]? languages = null, Guid[]? sources = null, string[]? keywords = null) =>
        new(new HashSet<Guid>(topics ?? []), new HashSet<string>(languages ?? []), new HashSet<Guid>(sources ?? []), keywords ?? []);

    private static RoutingCase Case(string text, Guid[]? topics = null, string? language = "id", Guid? source = null) =>
        new(topics ?? [], language, source ?? Twitter, text);
}
