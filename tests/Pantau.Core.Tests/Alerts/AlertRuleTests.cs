using System.Collections.Frozen;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;

namespace Pantau.Core.Tests.Alerts;

public sealed class AlertRuleTests
{
    private static readonly Guid RuleId = new("a1e70000-0000-0000-0000-000000000001");
    private static readonly Guid Nusantel = new("70010000-0000-0000-0000-000000000001");
    private static readonly Guid Competitor = new("70010000-0000-0000-0000-000000000002");

    private static AlertRule Rule(Guid? workspace = null) => new(RuleId, workspace ?? Posts.WorkspaceA, "Rule", AlertSeverity.High);

    private static AlertCandidate Candidate(string text = "sinyal nusantel lemot", Guid? workspace = null) => new(
        workspace ?? Posts.WorkspaceA,
        MentionId: 42,
        TopicIds: [Nusantel],
        SourceKind: "x",
        Network: "x",
        Language: "id-ID",
        Sentiment: Sentiment.Negative,
        Intent: Intent.Complaint,
        Risk: RiskSignals.Legal,
        IsSpam: false,
        Reach: 5_000,
        Impact: 40,
        AuthorHandle: "@Budi",
        Post: Posts.In(workspace ?? Posts.WorkspaceA, text));

    private static bool Matches(AlertRule rule, AlertCandidate candidate)
    {
        var compiled = CompiledAlertRules.Compile([rule]);
        Assert.Empty(compiled.Rejected);
        return compiled.Match(candidate).Any(match => match.Rule.Id == rule.Id && match.MentionId == candidate.MentionId);
    }

    public static TheoryData<string, AlertRule, bool> Conditions => new()
    {
        { "no condition", Rule(), true },
        { "topic held", Rule() with { TopicIds = new HashSet<Guid> { Competitor, Nusantel } }, true },
        { "topic missed", Rule() with { TopicIds = new HashSet<Guid> { Competitor } }, false },
        { "query held", Rule() with { Query = "lemot OR lambat" }, true },
        { "query missed", Rule() with { Query = "nusantel AND mati" }, false },
        { "sentiment held", Rule() with { Sentiments = new HashSet<Sentiment> { Sentiment.Negative } }, true },
        { "sentiment missed", Rule() with { Sentiments = new HashSet<Sentiment> { Sentiment.Positive, Sentiment.Neutral } }, false },
        { "intent held", Rule() with { Intents = new HashSet<Intent> { Intent.Complaint, Intent.Question } }, true },
        { "intent missed", Rule() with { Intents = new HashSet<Intent> { Intent.Praise } }, false },
        { "risk any flag", Rule() with { Risk = RiskSignals.Legal | RiskSignals.Viral }, true },
        { "risk missed", Rule() with { Risk = RiskSignals.Safety }, false },
        { "source kind held, any case", Rule() with { SourceKinds = new HashSet<string> { "X" } }, true },
        { "source kind missed", Rule() with { SourceKinds = new HashSet<string> { "feed" } }, false },
        { "language primary subtag", Rule() with { Languages = new HashSet<string> { "id" } }, true },
        { "language missed", Rule() with { Languages = new HashSet<string> { "en" } }, false },
        { "min reach held (inclusive)", Rule() with { MinReach = 5_000 }, true },
        { "min reach missed", Rule() with { MinReach = 5_001 }, false },
        { "min impact held", Rule() with { MinImpact = 39.5 }, true },
        { "min impact missed", Rule() with { MinImpact = 41 }, false },
        { "all held", Rule() with { Query = "sinyal", Sentiments = new HashSet<Sentiment> { Sentiment.Negative }, MinReach = 100, Risk = RiskSignals.Legal }, true },
        { "all but one held", Rule() with { Query = "sinyal", Sentiments = new HashSet<Sentiment> { Sentiment.Negative }, MinReach = 100, Risk = RiskSignals.Viral }, false },
    };

    [Theory]
    [MemberData(nameof(Conditions))]
    public void Each_condition_constrains_and_conditions_combine_with_and(string name, AlertRule rule, bool expected)
    {
        Assert.True(expected == Matches(rule, Candidate()), name);
    }

    [Theory]
    [InlineData("budi", true)]
    [InlineData("@budi", true)]
    [InlineData(" @BUDI ", true)]
    [InlineData("@budiman", false)]
    public void Author_lists_compare_handles_without_case_or_at(string listed, bool expected)
    {
        var rule = Rule() with
        {
            AuthorLists = [new AuthorList("journalists", ["@someone"]), new AuthorList("VIPs", [listed, "@other"])],
        };
        var matches = CompiledAlertRules.Compile([rule]).Match(Candidate());
        Assert.Equal(expected, matches.Count == 1);
        if (expected)
        {
            Assert.Equal("VIPs", matches[0].AuthorList);
        }

        Assert.Equal(expected, CompiledAlertRules.Compile([rule]).Match(Candidate() with { AuthorHandle = "budi" }).Count == 1);
    }

    [Fact]
    public void Spam_never_alerts()
    {
        Assert.Empty(CompiledAlertRules.Compile([Rule()]).Match(Candidate() with { IsSpam = true }));
    }

    [Fact]
    public void Rules_of_another_workspace_never_match()
    {
        var compiled = CompiledAlertRules.Compile([Rule(Posts.WorkspaceB), Rule(Posts.WorkspaceB) with { Id = Guid.NewGuid(), Query = "nusantel" }]);
        Assert.Empty(compiled.Match(Candidate()));
        Assert.Equal(2, compiled.Match(Candidate(workspace: Posts.WorkspaceB)).Count);

        // A post of workspace A presented as B's mention does not run against B's queries.
        Assert.Single(compiled.Match(Candidate() with { WorkspaceId = Posts.WorkspaceB }));
    }

    [Fact]
    public void A_bad_query_is_an_error_naming_its_column_and_the_other_rules_still_alert()
    {
        var bad = Rule() with { Id = Guid.NewGuid(), Query = "nusantel AND (lemot" };
        var errors = bad.Validate();
        var error = Assert.Single(errors);
        Assert.Equal(nameof(AlertRule.Query), error.Field);
        Assert.NotNull(error.QueryError);
        Assert.Contains("column", error.Message, StringComparison.Ordinal);

        var compiled = CompiledAlertRules.Compile([bad, Rule()]);
        Assert.Equal(bad.Id, Assert.Single(compiled.Rejected).RuleId);
        Assert.Equal(RuleId, Assert.Single(compiled.Match(Candidate())).Rule.Id);
    }

    [Fact]
    public void Other_validation_errors_name_their_field()
    {
        var rule = Rule() with { Name = " ", MinReach = -1, MinImpact = double.NaN, AuthorLists = [new AuthorList("VIPs", ["@", " "])] };
        Assert.Equal(["Name", "MinReach", "MinImpact", "AuthorLists"], rule.Validate().Select(error => error.Field));
    }

    [Fact]
    public void Thousands_of_query_rules_match_through_one_matcher_most_severe_first()
    {
        var rules = Enumerable.Range(0, 3000)
            .Select(i => new AlertRule(Guid.NewGuid(), Posts.WorkspaceA, $"r{i}", (AlertSeverity)(i % 4)) { Query = $"kata{i} OR lemot{i}" })
            .Append(new AlertRule(Guid.NewGuid(), Posts.WorkspaceA, "low", AlertSeverity.Low) { Query = "lemot" })
            .Append(new AlertRule(Guid.NewGuid(), Posts.WorkspaceA, "critical", AlertSeverity.Critical) { Query = "sinyal", Sentiments = FrozenSet.Create(Sentiment.Negative) })
            .ToList();
        var compiled = CompiledAlertRules.Compile(rules);
        Assert.Equal(3002, compiled.RuleCount);
        var started = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 1000; i++)
        {
            Assert.Equal(["critical", "low"], compiled.Match(Candidate()).Select(match => match.Rule.Name));
        }

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"1,000 matches over 3,000 rules took {started.Elapsed}");
    }
}
