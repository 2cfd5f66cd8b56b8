using System.Text.Json;
using Pantau.Core.Enrichment;
using Pantau.Data.Corrections;
using Pantau.Data.Entities;
using Pantau.Data.Writers;
using Pantau.Server.Topics;

namespace Pantau.Server.Mentions;

/// <summary>Turns stored mentions (fresh from the writer, or read back from the database) into <see cref="MentionDto"/>.</summary>
public sealed class MentionMapper(TopicCatalog topics)
{
    public MentionDto FromStored(StoredMention stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var item = stored.Item;
        var raw = item.Post.Raw;
        var e = item.Enrichment;
        return new MentionDto(
            stored.Id, item.Post.WorkspaceId, item.Post.SourceId, raw.SourceKind, raw.ExternalId, raw.Network,
            new AuthorDto(stored.AuthorId, raw.Author.Handle, raw.Author.DisplayName, raw.Author.Followers, raw.Author.Verified),
            raw.Title, raw.Text, raw.Url, raw.PublishedAt, item.IngestedAt, e.Language, raw.Country,
            raw.InReplyToExternalId, raw.RepostOfExternalId, raw.QuoteOfExternalId,
            new EngagementDto(raw.Engagement.Likes, raw.Engagement.Shares, raw.Engagement.Replies),
            new EnrichmentDto(Name(e.Sentiment), e.SentimentScore, Name(e.Intent), e.IsSpam, e.Reach, e.Impact, e.Explanation,
                EnrichmentNames.Names(e.Risk), e.SpamScore, []),
            Labels(item.TopicIds))
        {
            Html = raw.Html,
            EditedAt = raw.EditedAt,
        };
    }

    /// <param name="corrections">The mention's corrections, in any order (none when nobody corrected it).</param>
    public MentionDto FromEntity(Mention m, IEnumerable<Guid> topicIds, IEnumerable<MentionCorrection>? corrections = null)
    {
        ArgumentNullException.ThrowIfNull(m);
        var author = m.Author!;
        return new MentionDto(
            m.Id, m.WorkspaceId, m.SourceId, m.SourceKind, m.ExternalId, m.Network,
            new AuthorDto(author.Id, author.Handle, author.DisplayName, author.Followers, author.Verified),
            m.Title, m.Text, m.Url, m.PublishedAt, m.IngestedAt, m.Language, m.Country, m.InReplyTo, m.RepostOf, m.QuoteOf,
            new EngagementDto(m.Likes, m.Shares, m.Replies),
            new EnrichmentDto(Name(m.Sentiment), m.SentimentScore, Name(m.Intent), m.IsSpam, m.Reach, m.Impact, Explanation(m.Explanation),
                EnrichmentNames.Names(m.Risk), m.SpamScore, Corrected(corrections)),
            Labels(topicIds))
        {
            Html = m.Html,
            EditedAt = m.EditedAt,
        };
    }

    public static string Name(Sentiment sentiment) => EnrichmentNames.Name(sentiment);

    public static string Name(Intent intent) => EnrichmentNames.Name(intent);

    /// <summary>Per corrected field: the model's value (what the first correction changed) and the latest correction.</summary>
    public static IReadOnlyList<FieldCorrectionDto> Corrected(IEnumerable<MentionCorrection>? corrections)
    {
        if (corrections is null)
        {
            return [];
        }

        var result = new List<FieldCorrectionDto>(3);
        foreach (var field in CorrectionFields.All)
        {
            MentionCorrection? first = null;
            MentionCorrection? last = null;
            foreach (var c in corrections)
            {
                if (c.Field != field)
                {
                    continue;
                }

                if (first is null || c.Id < first.Id)
                {
                    first = c;
                }

                if (last is null || c.Id > last.Id)
                {
                    last = c;
                }
            }

            if (first is not null && last is not null)
            {
                result.Add(new FieldCorrectionDto(field, first.FromValue, last.ToValue, last.CorrectedByName, last.CreatedAt));
            }
        }

        return result;
    }

    private List<TopicLabel> Labels(IEnumerable<Guid> topicIds) =>
        topicIds.Select(id => topics.Label(id) ?? new TopicLabel(id, "?", "#9e9e9e")).OrderBy(t => t.Name, StringComparer.CurrentCulture).ToList();

    private static List<string> Explanation(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(json) ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
