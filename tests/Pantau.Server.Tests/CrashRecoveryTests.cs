using Microsoft.Data.Sqlite;
using Pantau.Connectors.Demo;
using Pantau.Core.Posts;
using Pantau.Core.Queries;
using Pantau.Server.Demo;

namespace Pantau.Server.Tests;

/// <summary>Invariant 1: killing the process during a demo replay loses no stored mention and stores none twice.</summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pantau-crash-").FullName;

    [Fact]
    public async Task Kill_9_during_a_demo_replay_then_restart_stores_every_mention_exactly_once()
    {
        var expected = ExpectedDemoMentions();
        Assert.True(expected > 1000, $"the demo corpus should give many mentions, not {expected}");

        // One pass of the corpus in about 10 s, so the kill lands in the middle of it.
        var environment = new Dictionary<string, string> { ["PANTAU_DEMO__SPEED"] = "2000", ["PANTAU_DEMO__LOOP"] = "false", ["PANTAU_ADMIN_PASSWORD"] = "Crash-Test-Password-1",
            // Care keeps a customer's brand-less answer inside their case's thread, which depends on when the case opened: off, so the
            // expected mentions are exactly what the topics match.
            ["PANTAU_CARE__KEEPCONVERSATIONREPLIES"] = "false",
        };
        await using (var first = Server.Start(_folder, environment))
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            await WaitUntilAsync(() => CountMentions() >= expected / 5, TimeSpan.FromSeconds(60), first);
            first.KillHard();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        var afterKill = CountMentions();
        Assert.InRange(afterKill, 1, expected - 1);

        await using (var second = Server.Start(_folder, environment))
        {
            await second.WaitUntilReadyAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
            await WaitUntilAsync(() => CountMentions() >= expected, TimeSpan.FromSeconds(90), second);
            // Give a re-delivery that would double something a moment to land, then look again.
            await Task.Delay(TimeSpan.FromSeconds(1), TestContext.Current.CancellationToken);
        }

        Assert.Equal(expected, CountMentions());
        Assert.Equal(expected, Scalar("SELECT COUNT(DISTINCT \"ExternalId\") FROM \"Mentions\""));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM \"Mentions\" WHERE \"ExternalId\" LIKE '%~%'"));
    }

    /// <summary>What one pass of the corpus must store: the posts that match the demo workspace's topics.</summary>
    private static long ExpectedDemoMentions()
    {
        var workspace = Guid.NewGuid();
        var matcher = TopicMatcher.Compile(DemoWorkspaceSeeder.Topics.Select(t => new TopicDefinition(Guid.NewGuid(), workspace, t.Query)));
        return DemoCorpus.Instance.Posts.Count(p => matcher.Match(NormalisedPost.From(workspace, Guid.Empty, p.ToRawPost(0, DateTimeOffset.UnixEpoch))).Count > 0);
    }

    private long CountMentions() => File.Exists(DatabasePath) ? Scalar("SELECT COUNT(*) FROM \"Mentions\"") : 0;

    private string DatabasePath => Path.Combine(_folder, "pantau-data", "pantau.db");

    private long Scalar(string sql)
    {
        try
        {
            using var connection = new SqliteConnection($"Data Source={DatabasePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // Not migrated yet.
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout, Pantau.Testing.PantauProcess server)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            Assert.False(server.HasExited, server.Output);
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout}.\n{server.Output}");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
