using Pantau.Core.Stories;

namespace Pantau.Core.Tests.Stories;

public sealed class StoryIndexTests
{
    private const string Complaint = "Sinyal Nusantel di Cibubur hilang total dari jam 7 pagi, padahal besok ujian online dan paket baru diperpanjang";
    private const string OtherComplaint = "Sinyal Nusantel di Depok juga hilang terus dari kemarin sore, tagihan tetap jalan tapi internet mati";

    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 5, 12, 8, 0, 0, TimeSpan.Zero);

    private static StoryPost Post(long id, string text, double hours = 0, Guid? workspace = null) =>
        new(workspace ?? Workspace, id, "x:" + id, Start.AddHours(hours), text);

    [Fact]
    public void A_near_copy_joins_by_text_and_a_different_complaint_about_the_same_thing_does_not()
    {
        var index = new StoryIndex();
        var first = index.Assign(Post(1, Complaint));
        var copy = index.Assign(Post(2, "parah banget!! sinyal nusantel di cibubur hilangg total dari jam 7 pagiii, padahal besok ujian online dan paket baru diperpanjang #kecewa"));
        var other = index.Assign(Post(3, OtherComplaint));

        Assert.Equal(new StoryAssignment(1, true, StoryJoin.New, 0, 0), first);
        Assert.Equal((1L, false, StoryJoin.Text, 1L), (copy.StoryId, copy.IsNewStory, copy.Join, copy.MatchedMentionId));
        Assert.InRange(copy.Score, 0.4, 1);
        Assert.Equal((3L, true), (other.StoryId, other.IsNewStory));
    }

    [Fact]
    public void Reposts_and_quotes_join_by_chain_and_replies_do_not()
    {
        var index = new StoryIndex();
        index.Assign(Post(1, Complaint));
        var repost = index.Assign(Post(2, "🔁") with { RepostOf = "x:1" });
        var quote = index.Assign(Post(3, "ikut kesel") with { QuoteOf = "x:2" });
        var reply = index.Assign(Post(4, "@budi coba restart hp kak, di tempatku udah normal lagi kok dari tadi") with { InReplyTo = "x:1" });

        Assert.Equal((1L, StoryJoin.Repost, 1L), (repost.StoryId, repost.Join, repost.MatchedMentionId));
        Assert.Equal((1L, StoryJoin.Quote, 2L), (quote.StoryId, quote.Join, quote.MatchedMentionId));
        Assert.Equal((4L, true), (reply.StoryId, reply.IsNewStory));
    }

    [Fact]
    public void A_shared_link_joins_without_its_tracking_but_a_home_page_does_not()
    {
        var index = new StoryIndex();
        index.Assign(Post(1, "baca ini https://warta.example/berita/nusantel-digugat?utm_source=twitter"));
        var linked = index.Assign(Post(2, "wow https://www.warta.example/berita/nusantel-digugat/#komentar"));
        index.Assign(Post(3, "promo hari ini https://nusantel.example/"));
        var home = index.Assign(Post(4, "cek di https://www.nusantel.example"));

        Assert.Equal((1L, StoryJoin.Link), (linked.StoryId, linked.Join));
        Assert.True(home.IsNewStory);
    }

    [Theory]
    [InlineData("terima kasih kak, mantap banget deh")]
    [InlineData("mantap")]
    [InlineData("@nusantel_care oke sip, udah bisa lagi. makasih udah dibantu :)")]
    public void Short_or_generic_text_never_joins_by_text(string text)
    {
        var index = new StoryIndex();
        Assert.True(index.Assign(Post(1, text)).IsNewStory);
        Assert.True(index.Assign(Post(2, text)).IsNewStory);
    }

    [Fact]
    public void Stories_never_span_workspaces()
    {
        var index = new StoryIndex();
        var other = Guid.NewGuid();
        index.Assign(Post(1, Complaint, workspace: Workspace));
        Assert.True(index.Assign(Post(2, Complaint, workspace: other)).IsNewStory);
        Assert.True(index.Assign(Post(3, "RT", workspace: other) with { RepostOf = "x:1" }).IsNewStory);
        Assert.Equal(1, index.Assign(Post(4, Complaint, workspace: Workspace)).StoryId);
    }

    [Fact]
    public void A_story_quiet_for_longer_than_the_window_leaves_the_index()
    {
        var index = new StoryIndex(new StoryIndexOptions { Window = TimeSpan.FromHours(72) });
        index.Assign(Post(1, Complaint));
        Assert.Equal(1, index.Assign(Post(2, Complaint, hours: 71)).StoryId); // keeps it alive until hour 143
        index.Assign(Post(3, OtherComplaint, hours: 100));

        var late = index.Assign(Post(4, Complaint, hours: 144));

        Assert.True(late.IsNewStory);
        Assert.Equal(2, index.StoryCount); // the other complaint (hour 100) and the new one
        Assert.Equal(2, index.PostCount);
    }

    [Fact]
    public void Beyond_the_cap_the_least_recently_active_story_leaves()
    {
        var index = new StoryIndex(new StoryIndexOptions { MaxPosts = 3 });
        index.Assign(Post(1, Complaint));
        index.Assign(Post(2, OtherComplaint, hours: 1));
        index.Assign(Post(3, "Rajawali Air RJ-552 delay lima jam di Juanda tanpa kabar apapun, bagasi juga belum keluar", hours: 2));

        Assert.True(index.Assign(Post(4, Complaint, hours: 3)).IsNewStory); // story 1 left to make room
        Assert.Equal(3, index.PostCount);
        Assert.Equal(3, index.Assign(Post(5, "RT", hours: 4) with { RepostOf = "x:3" }).StoryId); // story 2 left now
        Assert.Equal(3, index.PostCount);
    }

    [Fact]
    public void Seeded_history_is_joined_as_if_it_had_been_assigned()
    {
        var index = new StoryIndex();
        index.Seed(Post(10, Complaint), storyId: 7);
        index.Seed(Post(11, "baca https://warta.example/berita/nusantel-digugat"), storyId: 8);

        Assert.Equal((7L, StoryJoin.Text), (index.Assign(Post(12, Complaint + " — ikut kesel")).StoryId, StoryJoin.Text));
        Assert.Equal((7L, StoryJoin.Repost), Pair(index.Assign(Post(13, "RT") with { RepostOf = "x:10" })));
        Assert.Equal((8L, StoryJoin.Link), Pair(index.Assign(Post(14, "https://warta.example/berita/nusantel-digugat?fbclid=1"))));
        Assert.Equal(2, index.StoryCount);
    }

    private static (long, StoryJoin) Pair(StoryAssignment assignment) => (assignment.StoryId, assignment.Join);
}
