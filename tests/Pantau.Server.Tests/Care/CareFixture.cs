using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Core.Care;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Tests.Care;

/// <summary>
/// A server whose webhooks may reach <c>localhost</c> (the local receiver) but not <c>127.0.0.1</c>, retrying within a
/// fraction of a second, with a public URL for links.
/// </summary>
public sealed class CareFixture : IAsyncDisposable
{
    public const string PublicUrl = "https://pantau.example.com";

    public PantauFactory Factory { get; } = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["Care:PublicUrl"] = PublicUrl,
            ["Care:Webhooks:AllowedHosts:0"] = "localhost",
            ["Care:Webhooks:RetryDelays:0"] = "00:00:00.200",
            ["Care:Webhooks:PollInterval"] = "00:00:00.100",
            ["Care:Webhooks:Timeout"] = "00:00:02",
        },
    };

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

public static class CareTestData
{
    private static int _number;

    /// <summary>A stored case, as the case engine would have made it.</summary>
    public static async Task<Case> NewCaseAsync(this PantauFactory factory, Guid workspaceId, string language = "id", CaseStatus status = CaseStatus.Resolved)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var now = DateTimeOffset.UtcNow;
        var c = new Case
        {
            WorkspaceId = workspaceId,
            Number = Interlocked.Increment(ref _number) + 1000,
            Status = status,
            Priority = CasePriority.High,
            PriorityScore = 640,
            SourceId = Guid.NewGuid(),
            SourceKind = "webhook",
            Network = "x",
            Excerpt = "Sinyal hilang dari pagi, tolong dibantu",
            Language = language,
            Sentiment = Sentiment.Negative,
            Intent = Intent.Complaint,
            Risk = RiskSignals.Legal | RiskSignals.Viral,
            CreatedAt = now,
            UpdatedAt = now,
            FirstMessageAt = now,
            LastCustomerMessageAt = now,
            ResolvedAt = status == CaseStatus.Resolved ? now : null,
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c;
    }

    public static async Task<T> WithDbAsync<T>(this PantauFactory factory, Func<PantauDbContext, Task<T>> work)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        return await work(db);
    }

    /// <summary>Waits for a condition that the background sender makes true.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int timeoutMs = 10_000)
    {
        var deadline = Environment.TickCount64 + timeoutMs;
        while (!await condition())
        {
            if (Environment.TickCount64 > deadline)
            {
                Assert.Fail("Timed out waiting for " + what);
            }

            await Task.Delay(25);
        }
    }
}
