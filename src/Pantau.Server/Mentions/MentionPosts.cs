using Pantau.Core.Posts;
using Pantau.Core.Queries;

namespace Pantau.Server.Mentions;

/// <summary>A stored mention read back as the post it was, so the matcher can run on it again (preview, highlighting).</summary>
public static class MentionPosts
{
    public static RawPost ToRawPost(this MentionDto m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new RawPost
        {
            SourceKind = m.SourceKind,
            ExternalId = m.ExternalId,
            Network = m.Network,
            PublishedAt = m.PublishedAt,
            Text = m.Text,
            Title = m.Title,
            Url = m.Url,
            Author = new PostAuthor(m.Author.Handle, m.Author.Name, m.Author.Followers, m.Author.Verified),
            Language = m.Language,
            Country = m.Country,
            InReplyToExternalId = m.InReplyTo,
            RepostOfExternalId = m.RepostOf,
            QuoteOfExternalId = m.QuoteOf,
            Engagement = new PostEngagement(m.Engagement.Likes, m.Engagement.Shares, m.Engagement.Replies),
        };
    }

    public static NormalisedPost ToNormalisedPost(this MentionDto m) => NormalisedPost.From(m.WorkspaceId, m.SourceId, m.ToRawPost());

    /// <summary>
    /// The words that make it a mention, by today's topics (a topic edited since may mark other words); a few
    /// microseconds, so computed when shown rather than stored.
    /// </summary>
    public static IReadOnlyList<Highlight> MatchedWords(this TopicMatcher matcher, MentionDto m)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        return matcher.Explain(m.ToNormalisedPost()).SelectMany(t => t.Highlights).ToList();
    }
}

/// <summary>A piece of a text, marked when a query's word matched there.</summary>
public sealed record TextSegment(string Text, bool Match);

public static class TextSegments
{
    /// <summary>Cuts a text into plain and matched pieces from the matcher's highlights for one field.</summary>
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<Highlight> highlights, PostField field)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(highlights);
        var segments = new List<TextSegment>();
        var at = 0;
        foreach (var h in highlights.Where(h => h.Field == field).OrderBy(h => h.Start))
        {
            var start = Math.Max(h.Start, at);
            var end = Math.Min(text.Length, h.Start + h.Length);
            if (end <= start)
            {
                continue;
            }

            if (segments.Count > 0 && segments[^1].Match && string.IsNullOrWhiteSpace(text[at..start]))
            {
                // "kartu halo" reads as one marked phrase, not two marked words.
                segments[^1] = new TextSegment(segments[^1].Text + text[at..end], true);
                at = end;
                continue;
            }

            if (start > at)
            {
                segments.Add(new TextSegment(text[at..start], false));
            }

            segments.Add(new TextSegment(text[start..end], true));
            at = end;
        }

        if (at < text.Length)
        {
            segments.Add(new TextSegment(text[at..], false));
        }

        return segments;
    }
}
