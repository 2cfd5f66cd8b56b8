using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Data.Entities;
using Pantau.Server.Care.Csat;

namespace Pantau.Server.Tests.Care.Csat;

public sealed partial class CsatTests(CareFixture fixture) : IClassFixture<CareFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PantauFactory Factory => fixture.Factory;

    private CsatSurveys Surveys => Factory.Services.GetRequiredService<CsatSurveys>();

    [Fact]
    public async Task A_survey_is_created_with_a_link_and_an_invitation_in_the_case_language()
    {
        var (ws, _) = await Factory.NewWorkspaceAsync("csat-create");
        var id = await CreateAsync(ws, "id", null);
        Assert.Equal(32, id.Token.Length);
        Assert.Equal($"{CareFixture.PublicUrl}/csat/{id.Token}", id.Url);
        Assert.Equal($"Terima kasih sudah menghubungi kami. Bagaimana penilaian Anda atas bantuan kami? {id.Url}", id.Message);

        var en = await CreateAsync(ws, "en", null);
        Assert.StartsWith("Thank you for contacting us.", en.Message, StringComparison.Ordinal);
        Assert.NotEqual(id.Token, en.Token);

        var sent = await Factory.WithDbAsync(db => db.CaseEntries.Where(e => e.WorkspaceId == ws && e.Kind == CaseEntryKind.CsatSent).CountAsync(Ct));
        Assert.Equal(2, sent);
    }

    [Fact]
    public async Task The_public_page_records_one_answer_without_signing_in()
    {
        var (ws, _) = await Factory.NewWorkspaceAsync("csat-answer");
        var invite = await CreateAsync(ws, "id", null);
        var browser = Factory.CreateClient(); // no API key, no cookie: a customer

        var page = await browser.GetAsync($"/csat/{invite.Token}", Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("csat-answer-", html, StringComparison.Ordinal); // the workspace's name
        Assert.Contains("Bagaimana penilaian Anda atas bantuan kami?", html, StringComparison.Ordinal);
        for (var score = 1; score <= 5; score++)
        {
            Assert.Contains($"data-testid=\"csat-score-{score}\"", html, StringComparison.Ordinal);
        }

        var thanks = await SubmitAsync(browser, invite.Token, html, "4", "Cepat dan ramah");
        Assert.Contains("data-testid=\"csat-thanks\"", thanks, StringComparison.Ordinal);
        var survey = await Factory.WithDbAsync(db => db.CsatSurveys.AsNoTracking().FirstAsync(s => s.Token == invite.Token, Ct));
        Assert.Equal(4, survey.Score);
        Assert.Equal("Cepat dan ramah", survey.Comment);
        Assert.NotNull(survey.AnsweredAt);
        var entry = await Factory.WithDbAsync(db => db.CaseEntries.AsNoTracking().SingleAsync(e => e.CaseId == survey.CaseId && e.Kind == CaseEntryKind.CsatAnswered, Ct));
        Assert.Equal("4", entry.Text);
        Assert.Contains("Cepat dan ramah", entry.DataJson, StringComparison.Ordinal);

        // Submitting again (the same form, e.g. the back button) changes nothing.
        var again = await SubmitAsync(browser, invite.Token, html, "1", "");
        Assert.Contains("data-testid=\"csat-already\"", again, StringComparison.Ordinal);
        Assert.Equal(4, (await Factory.WithDbAsync(db => db.CsatSurveys.AsNoTracking().FirstAsync(s => s.Token == invite.Token, Ct))).Score);
        Assert.Contains("data-testid=\"csat-already\"", await browser.GetStringAsync($"/csat/{invite.Token}", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_case_gets_an_english_page_and_a_post_without_the_antiforgery_token_is_refused()
    {
        var (ws, _) = await Factory.NewWorkspaceAsync("csat-en");
        var invite = await CreateAsync(ws, "en", null);
        var browser = Factory.CreateClient();
        var html = await browser.GetStringAsync($"/csat/{invite.Token}", Ct);
        Assert.Contains("How would you rate our help?", html, StringComparison.Ordinal);

        var forged = await browser.PostAsync($"/csat/{invite.Token}", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "csat", ["Score"] = "1" }), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null((await Factory.WithDbAsync(db => db.CsatSurveys.AsNoTracking().FirstAsync(s => s.Token == invite.Token, Ct))).AnsweredAt);

        var noScore = await SubmitAsync(browser, invite.Token, html, null, "", HttpStatusCode.BadRequest);
        Assert.Contains("Choose one of the five faces.", noScore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_token_shows_survey_not_found_and_an_old_survey_is_closed()
    {
        var browser = Factory.CreateClient();
        await Factory.ReadyAsync();
        var unknown = await browser.GetAsync("/csat/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", Ct);
        Assert.Contains("data-testid=\"csat-not-found\"", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var (ws, _) = await Factory.NewWorkspaceAsync("csat-old");
        var invite = await CreateAsync(ws, "id", null);
        await Factory.WithDbAsync(db => db.CsatSurveys.Where(s => s.Token == invite.Token)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.SentAt, DateTimeOffset.UtcNow.AddDays(-31)), Ct));
        var html = await browser.GetStringAsync($"/csat/{invite.Token}", Ct);
        Assert.Contains("data-testid=\"csat-closed\"", html, StringComparison.Ordinal);
        Assert.Equal(CsatAnswerResult.Closed, await Factory.Services.GetRequiredService<CsatAnswers>().AnswerAsync(invite.Token, 5, null, Ct));
    }

    [Fact]
    public async Task The_summary_counts_sent_and_answered_surveys_with_the_average_and_the_share_of_fours_and_fives()
    {
        var (ws, client) = await Factory.NewWorkspaceAsync("csat-summary");
        var (otherWs, otherClient) = await Factory.NewWorkspaceAsync("csat-summary-other");
        var sari = Guid.NewGuid();
        var budi = Guid.NewGuid();
        var answers = Factory.Services.GetRequiredService<CsatAnswers>();
        foreach (var (agent, score) in new (Guid, int?)[] { (sari, 5), (sari, 4), (sari, 2), (sari, null), (budi, 3) })
        {
            var invite = await CreateAsync(ws, "id", agent);
            if (score is { } s)
            {
                Assert.Equal(CsatAnswerResult.Recorded, await answers.AnswerAsync(invite.Token, s, null, Ct));
            }
        }

        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"));
        var to = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));
        var summary = await (await client.GetAsync($"{Api.Workspace(ws)}/care/csat?from={from}&to={to}", Ct)).JsonAsync(HttpStatusCode.OK);
        var overall = summary["overall"]!;
        Assert.Equal(5, overall["sent"]!.GetValue<int>());
        Assert.Equal(4, overall["answered"]!.GetValue<int>());
        Assert.Equal(3.5, overall["averageScore"]!.GetValue<double>());
        Assert.Equal(50.0, overall["csatPercent"]!.GetValue<double>());
        var bySari = summary["agents"]!.AsArray().Single(a => a!["agentId"]!.GetValue<Guid>() == sari)!;
        Assert.Equal(4, bySari["sent"]!.GetValue<int>());
        Assert.Equal(3, bySari["answered"]!.GetValue<int>());
        Assert.Equal(3.67, bySari["averageScore"]!.GetValue<double>());
        Assert.Equal(66.7, bySari["csatPercent"]!.GetValue<double>());

        var elsewhere = await (await otherClient.GetAsync($"{Api.Workspace(otherWs)}/care/csat?from={from}&to={to}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, elsewhere["overall"]!["sent"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"{Api.Workspace(ws)}/care/csat", Ct)).StatusCode);
    }

    private async Task<CsatInvite> CreateAsync(Guid ws, string language, Guid? agent)
    {
        var @case = await Factory.NewCaseAsync(ws, language);
        return await Factory.WithDbAsync(async db =>
        {
            var invite = await Surveys.CreateAsync(db, @case, agent, Ct);
            await db.SaveChangesAsync(Ct);
            return invite;
        });
    }

    /// <summary>Posts the page's form as a browser would: its hidden fields (antiforgery, form name) and the answer.</summary>
    private static async Task<string> SubmitAsync(HttpClient browser, string token, string html, string? score, string comment, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var fields = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        Assert.Contains("__RequestVerificationToken", fields.Keys);
        if (score is not null)
        {
            fields["Score"] = score;
        }

        fields["Comment"] = comment;
        var response = await browser.PostAsync($"/csat/{token}", new FormUrlEncodedContent(fields), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return body;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
