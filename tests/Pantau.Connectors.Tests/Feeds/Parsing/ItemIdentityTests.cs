using Pantau.Connectors.Feeds.Parsing;
using static Pantau.Connectors.Tests.Feeds.Parsing.FeedCorpus;

namespace Pantau.Connectors.Tests.Feeds.Parsing;

public sealed class ItemIdentityTests
{
    [Fact]
    public void Ids_come_from_guid_else_link_else_a_stable_hash()
    {
        var items = Parse("missing-ids.xml").Items;

        Assert.Equal(("urn:ids:1", false), (items[0].Id, items[0].IdIsDerived));
        Assert.Equal(("https://ids.example.com/link-only", true), (items[1].Id, items[1].IdIsDerived));
        Assert.Matches("^sha256:[0-9a-f]{32}$", items[2].Id);
        Assert.True(items[2].IdIsDerived);
        Assert.Equal(("https://ids.example.com/permalink", false), (items[3].Id, items[3].IdIsDerived));
        Assert.Equal("https://ids.example.com/permalink", items[3].Link);
    }

    [Fact]
    public void Derived_hash_is_the_same_on_every_read_and_changes_with_the_content()
    {
        var once = Parse("missing-ids.xml").Items[2].Id;
        var again = Parse("missing-ids.xml").Items[2].Id;
        var published = Utc(2024, 1, 3, 10);

        Assert.Equal(once, again);
        Assert.Equal(once, ItemIdentity.For(null, null, "Has neither", published, null, "Only a description").Id);
        Assert.NotEqual(once, ItemIdentity.For(null, null, "Has neither", published, null, "Another description").Id);
    }

    [Fact]
    public void Whitespace_id_counts_as_missing()
    {
        Assert.Equal(("https://x.example/1", true), ItemIdentity.For("  ", "https://x.example/1", null, null, null, null));
    }
}
