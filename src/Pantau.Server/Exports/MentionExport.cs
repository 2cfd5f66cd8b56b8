using System.Runtime.CompilerServices;
using Pantau.Server.Care.Settings;
using Pantau.Server.Mentions;

namespace Pantau.Server.Exports;

/// <summary>
/// A mention list as an export table: every mention the filters select, newest first, read page by page through the
/// same reader as the list, so the export shows exactly what the list shows. Times are in the workspace's zone.
/// </summary>
public sealed class MentionExport(MentionReader reader, CarePolicies policies)
{
    /// <summary>Rows at most: an export of a million mentions is an archive job, not a download.</summary>
    public const int MaxRows = 1_000_000;

    public static readonly IReadOnlyList<ExportColumn> Columns =
    [
        new("id", ExportCellKind.Number), new("published", ExportCellKind.Time), new("network"), new("author"), new("author_name"),
        new("followers", ExportCellKind.Number), new("title"), new("text"), new("url"), new("sentiment"), new("intent"),
        new("language"), new("country"), new("spam"), new("risk"), new("reach", ExportCellKind.Number), new("impact", ExportCellKind.Number),
        new("likes", ExportCellKind.Number), new("shares", ExportCellKind.Number), new("replies", ExportCellKind.Number), new("topics"),
    ];

    public async Task<ExportTable> TableAsync(MentionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var zone = (await policies.ForWorkspaceAsync(query.WorkspaceId, cancellationToken)).TimeZone;
        return new ExportTable("Mentions", Columns, RowsAsync(query with { Before = null, Limit = MentionQuery.MaxLimit }, cancellationToken), zone);
    }

    public static IReadOnlyList<object?> Row(MentionDto m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return
        [
            m.Id, m.PublishedAt, m.Network, m.Author.Handle, m.Author.Name, m.Author.Followers, m.Title, m.Text, m.Url,
            m.Enrichment.Sentiment, m.Enrichment.Intent, m.Language, m.Country, m.Enrichment.IsSpam ? "true" : "false",
            string.Join(' ', m.Enrichment.Risk), m.Enrichment.Reach, m.Enrichment.Impact,
            m.Engagement.Likes, m.Engagement.Shares, m.Engagement.Replies, string.Join("; ", m.Topics.Select(t => t.Name)),
        ];
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> RowsAsync(MentionQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = 0;
        while (rows < MaxRows)
        {
            var page = await reader.ListAsync(query, cancellationToken);
            foreach (var mention in page.Items)
            {
                if (++rows > MaxRows)
                {
                    yield break;
                }

                yield return Row(mention);
            }

            if (page.NextCursor is null || !long.TryParse(page.NextCursor, System.Globalization.CultureInfo.InvariantCulture, out var before))
            {
                yield break;
            }

            query = query with { Before = before };
        }
    }
}
