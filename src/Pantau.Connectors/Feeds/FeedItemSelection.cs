using Pantau.Connectors.Feeds.Parsing;

namespace Pantau.Connectors.Feeds;

/// <summary>
/// Which items of a fetched feed to deliver: those not seen before (by id, and by link when a feed changes its ids),
/// and those seen whose title or content changed (edits). Also the seen set to remember after they are stored.
/// </summary>
public static class FeedItemSelection
{
    public static (IReadOnlyList<(ParsedFeedItem Item, bool Edited)> Deliver, IReadOnlyList<SeenItem> Seen) Select(
        IReadOnlyList<ParsedFeedItem> items, IReadOnlyList<SeenItem> seen, Uri feedUrl)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(seen);
        var byId = new Dictionary<ulong, SeenItem>(seen.Count);
        var links = new HashSet<ulong>();
        foreach (var known in seen)
        {
            byId.TryAdd(known.Id, known);
            if (known.Link != 0)
            {
                links.Add(known.Link);
            }
        }

        var deliver = new List<(ParsedFeedItem, bool)>();
        var now = new List<SeenItem>(Math.Min(FeedCursor.MaxSeen, items.Count + seen.Count));
        var current = new HashSet<ulong>();
        foreach (var item in items)
        {
            var entry = new SeenItem(
                StableHash.Of64(FeedItemPosts.ExternalId(item.Id, feedUrl)),
                StableHash.Of64(item.Link),
                StableHash.Of32(item.Title, item.ContentHtml ?? item.SummaryHtml));
            if (!current.Add(entry.Id))
            {
                continue; // the same item twice in one document
            }

            if (byId.TryGetValue(entry.Id, out var known))
            {
                if (known.Content != entry.Content)
                {
                    deliver.Add((item, true));
                }
            }
            else if (entry.Link == 0 || !links.Contains(entry.Link))
            {
                deliver.Add((item, false));
            }

            if (now.Count < FeedCursor.MaxSeen)
            {
                now.Add(entry);
            }
        }

        // Items that left the document are remembered after the current ones, as long as there is room.
        foreach (var known in seen)
        {
            if (now.Count >= FeedCursor.MaxSeen)
            {
                break;
            }

            if (!current.Contains(known.Id))
            {
                now.Add(known);
            }
        }

        return (deliver, now);
    }
}
