using Microsoft.EntityFrameworkCore;
using Pantau.Core.Enrichment;
using Pantau.Data.Corrections;

namespace Pantau.Data.Tests.Storage;

/// <summary>
/// Risk and spam score are stored, and people's corrections of the enrichment are written with their history while the
/// mention takes the corrected value. Each test runs once per provider (the subclasses at the end of this file).
/// </summary>
public abstract class CorrectionTests<TFixture>(TFixture fixture) : IAsyncLifetime
    where TFixture : StorageFixture
{
    private static readonly Corrector Rina = new(null, "Rina");
    private static readonly Corrector Agus = new(null, "Agus");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        fixture.Require();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private async Task<(TestWorkspace Workspace, long MentionId)> StoredMentionAsync(string text = "sinyal brand0 lemot banget")
    {
        var ws = await TestWorkspace.CreateAsync(fixture);
        var stored = await fixture.CreateWriter().WriteAsync([ws.Mention("m-" + Guid.NewGuid().ToString("N")[..8], text: text)], Ct);
        return (ws, Assert.Single(stored).Id);
    }

    private async Task<CorrectionResult> ApplyAsync(Guid workspaceId, long mentionId, EnrichmentCorrection change, Corrector? by = null, int minute = 10)
    {
        await using var db = fixture.CreateContext();
        return await CorrectionWriter.ApplyAsync(db, workspaceId, mentionId, change, by ?? Rina, TestWorkspace.Epoch.AddMinutes(minute), Ct);
    }

    [Fact]
    public async Task The_writers_store_risk_signals_and_the_spam_score()
    {
        var ws = await TestWorkspace.CreateAsync(fixture);
        var risky = ws.Mention("risky");
        risky = risky with { Enrichment = risky.Enrichment with { Risk = RiskSignals.Legal | RiskSignals.Safety, SpamScore = 0.125, IsSpam = false } };
        var spam = ws.Mention("spam", handle: "bot");
        spam = spam with { Enrichment = spam.Enrichment with { Risk = RiskSignals.None, SpamScore = 0.97, IsSpam = true } };

        var stored = await fixture.CreateWriter().WriteAsync([risky, spam], Ct);

        await using var db = fixture.CreateContext();
        var rows = await db.Mentions.AsNoTracking().Where(m => m.WorkspaceId == ws.Id).ToDictionaryAsync(m => m.ExternalId, Ct);
        Assert.Equal(2, stored.Count);
        Assert.Equal(RiskSignals.Legal | RiskSignals.Safety, rows["risky"].Risk);
        Assert.Equal(0.125, rows["risky"].SpamScore);
        Assert.False(rows["risky"].IsSpam);
        Assert.Equal(RiskSignals.None, rows["spam"].Risk);
        Assert.Equal(0.97, rows["spam"].SpamScore);
        Assert.True(rows["spam"].IsSpam);
        Assert.Equal(1, await db.Mentions.CountAsync(m => m.WorkspaceId == ws.Id && (m.Risk & RiskSignals.Legal) != 0, Ct));
    }

    [Fact]
    public async Task A_correction_changes_the_mention_and_keeps_the_history()
    {
        var (ws, id) = await StoredMentionAsync();
        await using (var before = fixture.CreateContext())
        {
            var model = await before.Mentions.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
            Assert.Equal((Sentiment.Negative, Intent.Complaint, false), (model.Sentiment, model.Intent, model.IsSpam));
        }

        var result = await ApplyAsync(ws.Id, id, new EnrichmentCorrection(Sentiment.Positive, Intent.Praise, true));

        Assert.True(result.Found);
        Assert.Equal(["sentiment", "intent", "spam"], result.Written.Select(r => r.Field));
        await using var db = fixture.CreateContext();
        var mention = await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
        Assert.Equal((Sentiment.Positive, Intent.Praise, true), (mention.Sentiment, mention.Intent, mention.IsSpam));
        var rows = await db.MentionCorrections.AsNoTracking().Where(c => c.MentionId == id).OrderBy(c => c.Id).ToListAsync(Ct);
        Assert.Equal(
            [("sentiment", "negative", "positive"), ("intent", "complaint", "praise"), ("spam", "false", "true")],
            rows.Select(r => (r.Field, r.FromValue, r.ToValue)));
        Assert.All(rows, r =>
        {
            Assert.Equal(ws.Id, r.WorkspaceId);
            Assert.Equal("Rina", r.CorrectedByName);
            Assert.Null(r.CorrectedBy);
            Assert.Equal(TestWorkspace.Epoch.AddMinutes(10), r.CreatedAt);
        });

        // Counts and filters see the corrected value at once.
        Assert.Equal(0, await db.Mentions.CountAsync(m => m.WorkspaceId == ws.Id && m.Sentiment == Sentiment.Negative, Ct));
        Assert.Equal(1, await db.Mentions.CountAsync(m => m.WorkspaceId == ws.Id && m.Sentiment == Sentiment.Positive, Ct));
    }

    [Fact]
    public async Task A_second_correction_starts_from_the_first_and_the_first_keeps_the_model_value()
    {
        var (ws, id) = await StoredMentionAsync();

        await ApplyAsync(ws.Id, id, new EnrichmentCorrection(Sentiment: Sentiment.Positive), Rina, minute: 10);
        await ApplyAsync(ws.Id, id, new EnrichmentCorrection(Sentiment: Sentiment.Neutral), Agus, minute: 20);

        await using var db = fixture.CreateContext();
        var rows = await db.MentionCorrections.AsNoTracking().Where(c => c.MentionId == id).OrderBy(c => c.Id).ToListAsync(Ct);
        Assert.Equal([("negative", "positive", "Rina"), ("positive", "neutral", "Agus")], rows.Select(r => (r.FromValue, r.ToValue, r.CorrectedByName)));
        Assert.Equal(Sentiment.Neutral, (await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == id, Ct)).Sentiment);
    }

    [Fact]
    public async Task Correcting_to_the_value_it_already_has_writes_nothing()
    {
        var (ws, id) = await StoredMentionAsync();

        var result = await ApplyAsync(ws.Id, id, new EnrichmentCorrection(Sentiment.Negative, Intent.Complaint, false));

        Assert.True(result.Found);
        Assert.Empty(result.Written);
        await using var db = fixture.CreateContext();
        Assert.Equal(0, await db.MentionCorrections.CountAsync(c => c.MentionId == id, Ct));

        // Only the fields that change get a row.
        var partly = await ApplyAsync(ws.Id, id, new EnrichmentCorrection(Sentiment.Negative, Intent.Question, null));
        Assert.Equal(["intent"], partly.Written.Select(r => r.Field));
    }

    [Fact]
    public async Task A_mention_of_another_workspace_is_not_found_and_stays_as_it_was()
    {
        var (ws, id) = await StoredMentionAsync();
        var other = await TestWorkspace.CreateAsync(fixture);

        Assert.False((await ApplyAsync(other.Id, id, new EnrichmentCorrection(Sentiment: Sentiment.Positive))).Found);
        Assert.False((await ApplyAsync(ws.Id, long.MaxValue, new EnrichmentCorrection(Sentiment: Sentiment.Positive))).Found);

        await using var db = fixture.CreateContext();
        Assert.Equal(Sentiment.Negative, (await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == id, Ct)).Sentiment);
        Assert.Equal(0, await db.MentionCorrections.CountAsync(c => c.MentionId == id, Ct));
    }

    [Fact]
    public async Task Concurrent_corrections_of_one_mention_chain_their_from_values()
    {
        var (ws, id) = await StoredMentionAsync();
        var targets = new[] { Sentiment.Positive, Sentiment.Neutral, Sentiment.Positive, Sentiment.Neutral, Sentiment.Positive, Sentiment.Neutral };

        await Task.WhenAll(targets.Select(s => Task.Run(() => ApplyAsync(ws.Id, id, new EnrichmentCorrection(Sentiment: s)), Ct)));

        await using var db = fixture.CreateContext();
        var rows = await db.MentionCorrections.AsNoTracking().Where(c => c.MentionId == id).OrderBy(c => c.Id).ToListAsync(Ct);
        Assert.NotEmpty(rows);
        Assert.Equal("negative", rows[0].FromValue);
        for (var i = 1; i < rows.Count; i++)
        {
            Assert.Equal(rows[i - 1].ToValue, rows[i].FromValue); // no correction was written from a stale value
        }

        var final = await db.Mentions.AsNoTracking().SingleAsync(m => m.Id == id, Ct);
        Assert.Equal(rows[^1].ToValue, EnrichmentNames.Name(final.Sentiment));
    }

    [Fact]
    public async Task Training_examples_are_the_latest_label_per_mention()
    {
        var (ws, first) = await StoredMentionAsync("brand0 lemot");
        var stored = await fixture.CreateWriter().WriteAsync([ws.Mention("second", text: "brand0 bagus sekali")], Ct);
        var second = Assert.Single(stored).Id;
        var (other, elsewhere) = await StoredMentionAsync("brand0 di tempat lain");

        await ApplyAsync(ws.Id, first, new EnrichmentCorrection(Sentiment: Sentiment.Positive));
        await ApplyAsync(ws.Id, first, new EnrichmentCorrection(Sentiment: Sentiment.Neutral, IsSpam: true));
        await ApplyAsync(ws.Id, second, new EnrichmentCorrection(Intent: Intent.Question));
        await ApplyAsync(other.Id, elsewhere, new EnrichmentCorrection(Sentiment: Sentiment.Positive));

        await using var db = fixture.CreateContext();
        var sentiment = await CorrectionExamples.ReadForTrainingAsync(db, CorrectionFields.Sentiment, ws.Id, Ct).ToListAsync(Ct);
        Assert.Equal([new CorrectedText(ws.Id, "brand0 lemot", "neutral")], sentiment);
        Assert.Equal([new CorrectedText(ws.Id, "brand0 bagus sekali", "question")], await CorrectionExamples.ReadForTrainingAsync(db, CorrectionFields.Intent, ws.Id, Ct).ToListAsync(Ct));
        Assert.Equal([new CorrectedText(ws.Id, "brand0 lemot", "true")], await CorrectionExamples.ReadForTrainingAsync(db, CorrectionFields.Spam, ws.Id, Ct).ToListAsync(Ct));

        var everywhere = await CorrectionExamples.ReadForTrainingAsync(db, CorrectionFields.Sentiment, null, Ct).ToListAsync(Ct);
        Assert.Contains(new CorrectedText(other.Id, "brand0 di tempat lain", "positive"), everywhere);
        Assert.Contains(new CorrectedText(ws.Id, "brand0 lemot", "neutral"), everywhere);

        await Assert.ThrowsAsync<ArgumentException>(async () => await CorrectionExamples.ReadForTrainingAsync(db, "language", null, Ct).ToListAsync(Ct));
    }
}

public sealed class SqliteCorrectionTests(SqliteStorageFixture fixture)
    : CorrectionTests<SqliteStorageFixture>(fixture), IClassFixture<SqliteStorageFixture>;

public sealed class PostgresCorrectionTests(PostgresStorageFixture fixture)
    : CorrectionTests<PostgresStorageFixture>(fixture), IClassFixture<PostgresStorageFixture>;
