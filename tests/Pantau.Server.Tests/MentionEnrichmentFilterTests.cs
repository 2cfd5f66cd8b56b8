using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Core.Enrichment;
using Pantau.Data;

namespace Pantau.Server.Tests;

/// <summary>
/// The mention list's enrichment filters: spam is kept but left out unless asked for, and intent, language and risk
/// narrow the list in SQL. Rows get chosen enrichment values directly, so the tests do not depend on the models.
/// </summary>
public sealed class MentionEnrichmentFilterTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Five mentions of one topic, with the enrichment each test filters on.</summary>
    private async Task<(Guid Workspace, HttpClient Client)> SeededAsync(string name)
    {
        await fixture.Factory.ReadyAsync();
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync(name);
        await client.CreateTopicAsync(ws, "Nusantel", "nusantel");
        var source = await client.CreateWebhookSourceAsync(ws);
        await client.PushAsync(ws, source,
            Api.Post("complaint", "Nusantel sinyal hilang dari pagi"),
            Api.Post("question", "Nusantel buka jam berapa?"),
            Api.Post("praise", "Nusantel cepat sekali hari ini"),
            Api.Post("spam", "Nusantel promo pulsa murah klik link"),
            Api.Post("unknown", "Nusantel"));

        await SetAsync(ws, "complaint", Intent.Complaint, "id", RiskSignals.Legal | RiskSignals.Viral, isSpam: false);
        await SetAsync(ws, "question", Intent.Question, "jv", RiskSignals.None, isSpam: false);
        await SetAsync(ws, "praise", Intent.Praise, "en", RiskSignals.Safety, isSpam: false);
        await SetAsync(ws, "spam", Intent.Other, "id", RiskSignals.Viral, isSpam: true);
        await SetAsync(ws, "unknown", Intent.Other, null, RiskSignals.None, isSpam: false);
        return (ws, client);
    }

    private async Task SetAsync(Guid ws, string externalId, Intent intent, string? language, RiskSignals risk, bool isSpam)
    {
        var contexts = fixture.Factory.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(Ct);
        var updated = await db.Mentions.Where(m => m.WorkspaceId == ws && m.ExternalId == externalId)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Intent, intent)
                .SetProperty(m => m.Language, language)
                .SetProperty(m => m.Risk, risk)
                .SetProperty(m => m.IsSpam, isSpam)
                .SetProperty(m => m.SpamScore, isSpam ? 0.97 : 0.02), Ct);
        Assert.Equal(1, updated);
    }

    private static async Task<string[]> IdsAsync(HttpClient client, Guid ws, string query) =>
        (await client.MentionsAsync(ws, query)).Select(m => m!["externalId"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task Spam_is_left_out_by_default_and_listed_when_asked()
    {
        var (ws, client) = await SeededAsync("spamlist");

        Assert.Equal(["complaint", "praise", "question", "unknown"], await IdsAsync(client, ws, ""));
        Assert.Equal(["complaint", "praise", "question", "unknown"], await IdsAsync(client, ws, "?spam=exclude"));
        Assert.Equal(["complaint", "praise", "question", "spam", "unknown"], await IdsAsync(client, ws, "?spam=include"));
        Assert.Equal(["spam"], await IdsAsync(client, ws, "?spam=ONLY"));

        var spam = Assert.Single(await client.MentionsAsync(ws, "?spam=only"))!;
        Assert.True(spam["enrichment"]!["isSpam"]!.GetValue<bool>());

        // A single mention is always readable, spam or not.
        var id = spam["id"]!.GetValue<long>();
        await (await client.GetAsync($"{Api.Workspace(ws)}/mentions/{id}", Ct)).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_correction_to_spam_hides_the_mention_from_the_default_list()
    {
        var (ws, client) = await SeededAsync("spamcorrect");
        var question = (await client.MentionsAsync(ws, "?intent=question"))[0]!["id"]!.GetValue<long>();

        await (await client.PostAsync($"{Api.Workspace(ws)}/mentions/{question}/corrections",
            new StringContent("""{"spam":true}""", System.Text.Encoding.UTF8, "application/json"), Ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(["complaint", "praise", "unknown"], await IdsAsync(client, ws, ""));
        Assert.Equal(["question", "spam"], await IdsAsync(client, ws, "?spam=only"));
    }

    [Theory]
    [InlineData("?intent=complaint", new[] { "complaint" })]
    [InlineData("?intent=Question", new[] { "question" })]
    [InlineData("?intent=other", new[] { "unknown" })]
    [InlineData("?intent=other&spam=include", new[] { "spam", "unknown" })]
    [InlineData("?lang=id", new[] { "complaint" })]
    [InlineData("?lang=ID&spam=include", new[] { "complaint", "spam" })]
    [InlineData("?lang=jv", new[] { "question" })]
    [InlineData("?lang=und", new[] { "unknown" })]
    [InlineData("?lang=su", new string[0])]
    [InlineData("?risk=legal", new[] { "complaint" })]
    [InlineData("?risk=viral", new[] { "complaint" })]
    [InlineData("?risk=viral&spam=only", new[] { "spam" })]
    [InlineData("?risk=safety", new[] { "praise" })]
    [InlineData("?risk=legal,safety", new[] { "complaint", "praise" })]
    [InlineData("?risk=viral,%20safety&spam=include", new[] { "complaint", "praise", "spam" })]
    [InlineData("?intent=complaint&lang=id&risk=legal", new[] { "complaint" })]
    [InlineData("?intent=praise&lang=id", new string[0])]
    public async Task Intent_language_and_risk_narrow_the_list(string query, string[] expected)
    {
        var (ws, client) = await SeededAsync("enrichfilters");
        Assert.Equal(expected, await IdsAsync(client, ws, query));
    }

    [Theory]
    [InlineData("?spam=yes", "spam")]
    [InlineData("?spam=", "spam")]
    [InlineData("?intent=threat", "intent")]
    [InlineData("?intent=", "intent")]
    [InlineData("?lang=indonesian", "lang")]
    [InlineData("?lang=i", "lang")]
    [InlineData("?lang=%3Cb%3E", "lang")]
    [InlineData("?risk=scary", "risk")]
    [InlineData("?risk=legal,,viral", "risk")]
    [InlineData("?risk=legal,scary", "risk")]
    [InlineData("?risk=", "risk")]
    public async Task Bad_enrichment_filters_get_a_problem_naming_the_parameter(string query, string field)
    {
        await fixture.Factory.ReadyAsync();
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("badenrich");
        var problem = await (await client.GetAsync($"{Api.Workspace(ws)}/mentions{query}", Ct)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]![field]);
    }
}
