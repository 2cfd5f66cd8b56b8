using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Pantau.Server.Care;
using Pantau.Server.Care.Cases;

namespace Pantau.Server.Tests.Care.Cases;

/// <summary>Collision detection (who is on a case, who is typing) and agents' presence for routing.</summary>
public sealed class PresenceTests
{
    private static readonly Guid Ani = Guid.NewGuid();
    private static readonly Guid Budi = Guid.NewGuid();

    [Fact]
    public void Each_viewer_sees_the_others_on_the_case_and_who_is_typing()
    {
        var clock = new FakeTimeProvider();
        var presence = new CasePresence(clock);
        var changes = new List<long>();
        presence.Changed += changes.Add;

        using var ani = presence.Enter(7, Ani, "Ani");
        using (var budi = presence.Enter(7, Budi, "Budi"))
        {
            Assert.Equal(["Budi"], presence.Others(7, Ani).Select(v => v.Name));
            Assert.Equal(["Ani"], presence.Others(7, Budi).Select(v => v.Name));
            Assert.Empty(presence.Others(8, Ani));

            presence.Typing(7, Budi);
            Assert.True(presence.Others(7, Ani).Single().Typing);

            // Typing that is not refreshed stops (a closed tab): no one is left "typing" for ever.
            clock.Advance(CasePresence.TypingTimeout + TimeSpan.FromSeconds(1));
            Assert.False(presence.Others(7, Ani).Single().Typing);

            presence.Typing(7, Budi);
            presence.StoppedTyping(7, Budi);
            Assert.False(presence.Others(7, Ani).Single().Typing);
        }

        Assert.Empty(presence.Others(7, Ani));
        Assert.All(changes, id => Assert.Equal(7, id));
        Assert.True(changes.Count >= 5);
    }

    [Fact]
    public void Two_tabs_of_one_user_count_once_and_leave_when_both_close()
    {
        var presence = new CasePresence(new FakeTimeProvider());
        var first = presence.Enter(3, Ani, "Ani");
        var second = presence.Enter(3, Ani, "Ani");
        Assert.Single(presence.Others(3, Budi));
        first.Dispose();
        first.Dispose();
        Assert.Single(presence.Others(3, Budi));
        second.Dispose();
        Assert.Empty(presence.Others(3, Budi));
    }

    [Fact]
    public void An_agent_is_online_while_seen_recently_and_not_away()
    {
        var clock = new FakeTimeProvider();
        var options = Options.Create(new CareOptions { PresenceTimeout = TimeSpan.FromSeconds(90) });
        var presence = new AgentPresence(clock, options);
        var workspace = Guid.NewGuid();
        Assert.False(presence.IsOnline(workspace, Ani));

        presence.Beat(workspace, Ani);
        Assert.True(presence.IsOnline(workspace, Ani));
        Assert.False(presence.IsOnline(Guid.NewGuid(), Ani));
        Assert.Equal([Ani], presence.Online(workspace));

        presence.SetAway(workspace, Ani, away: true);
        Assert.False(presence.IsOnline(workspace, Ani));
        presence.Beat(workspace, Ani);
        Assert.False(presence.IsOnline(workspace, Ani));
        presence.SetAway(workspace, Ani, away: false);
        Assert.True(presence.IsOnline(workspace, Ani));

        clock.Advance(TimeSpan.FromSeconds(91));
        Assert.False(presence.IsOnline(workspace, Ani));
        Assert.Empty(presence.Online(workspace));
    }
}
