using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Connectors.Feeds;
using Pantau.Connectors.Feeds.Discovery;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Connectors.Feeds.Opml;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Sources;

namespace Pantau.Server.Feeds;

/// <summary>Feed sources in bulk and by address: discovery from a site, OPML import and export. Used by the API and the UI.</summary>
public sealed class FeedSources(
    IDbContextFactory<PantauDbContext> contexts,
    FeedDiscovery discovery,
    SourceSupervisor supervisor,
    TimeProvider clock)
{
    /// <summary>The feeds a site, article or feed address offers.</summary>
    /// <exception cref="FormatException">The address is not an http(s) URL.</exception>
    /// <exception cref="FeedFetchException">The address could not be fetched; the message says why.</exception>
    public async Task<IReadOnlyList<FoundFeed>> DiscoverAsync(Guid workspaceId, string address, CancellationToken cancellationToken)
    {
        var text = address.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text; // people paste "kompasiana.com/budi"
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new FormatException("Enter a site, article or feed address such as https://example.com/blog.");
        }

        var found = await discovery.DiscoverAsync(url, cancellationToken);
        var followed = await FollowedUrlsAsync(workspaceId, cancellationToken);
        return found
            .Select(f => new FoundFeed(f.Url.AbsoluteUri, f.Title, Name(f.Kind), Name(f.Platform), Name(f.Evidence), followed.Contains(f.Url.AbsoluteUri), NetworkFor(f)))
            .ToList();
    }

    /// <summary>Adds feed sources for the addresses not followed yet; returns what was added and what was passed over.</summary>
    public async Task<FeedImport> AddAsync(Guid workspaceId, IEnumerable<OpmlFeed> feeds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feeds);
        var followed = await FollowedUrlsAsync(workspaceId, cancellationToken);
        var now = clock.GetUtcNow();
        var added = new List<string>();
        var skipped = new List<string>();
        var rejected = new List<FeedRejection>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var feed in feeds)
        {
            FeedSourceSettings settings;
            try
            {
                settings = FeedSourceSettings.From(FeedSourceSettings.ToJson(new Uri(feed.XmlUrl, UriKind.Absolute), feed.Category is { } c && FeedSourceSettings.Networks.Contains(c.ToLowerInvariant()) ? c.ToLowerInvariant() : SourceKinds.Feed));
            }
            catch (Exception exception) when (exception is FormatException or UriFormatException)
            {
                rejected.Add(new FeedRejection(feed.XmlUrl, exception.Message));
                continue;
            }

            if (!followed.Add(settings.Url.AbsoluteUri))
            {
                skipped.Add(settings.Url.AbsoluteUri);
                continue;
            }

            var name = (feed.Title ?? settings.Url.Host).Trim();
            db.Sources.Add(new Source
            {
                Id = Guid.CreateVersion7(now),
                WorkspaceId = workspaceId,
                Kind = SourceKinds.Feed,
                Name = name.Length <= 200 ? name : name[..200],
                SettingsJson = FeedSourceSettings.ToJson(settings.Url, settings.Network).GetRawText(),
                CreatedAt = now,
                UpdatedAt = now,
            });
            added.Add(settings.Url.AbsoluteUri);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (added.Count > 0)
        {
            supervisor.Refresh();
        }

        return new FeedImport(added.Count + skipped.Count + rejected.Count, added, skipped, rejected);
    }

    /// <exception cref="FormatException">The document is not OPML; the message names the line.</exception>
    public async Task<FeedImport> ImportOpmlAsync(Guid workspaceId, Stream opml, CancellationToken cancellationToken) =>
        await AddAsync(workspaceId, OpmlReader.Read(opml), cancellationToken);

    public async Task ExportOpmlAsync(Guid workspaceId, string workspaceName, Stream output, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking()
            .Where(s => s.WorkspaceId == workspaceId && s.Kind == SourceKinds.Feed)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
        var feeds = new List<OpmlFeed>();
        foreach (var source in sources)
        {
            if (Address(source) is { } address)
            {
                feeds.Add(new OpmlFeed(address.Url.AbsoluteUri, source.Name, null, address.Network == SourceKinds.Feed ? null : address.Network));
            }
        }

        using var buffer = new MemoryStream();
        OpmlWriter.Write(buffer, $"Pantau: {workspaceName}", clock.GetUtcNow(), feeds);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>Where a feed source reads now: its settings URL, or where the feed moved permanently.</summary>
    public static (Uri Url, Uri Settings, string Network)? Address(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            var settings = FeedSourceSettings.From(SourceDto.ReadSettings(source.SettingsJson));
            return (FeedCursor.Read(source.Cursor, settings.Url).Address(settings.Url), settings.Url, settings.Network);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    private async Task<HashSet<string>> FollowedUrlsAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sources = await db.Sources.AsNoTracking().Where(s => s.WorkspaceId == workspaceId && s.Kind == SourceKinds.Feed).ToListAsync(cancellationToken);
        var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            // Both where it was added and where it moved to count as followed.
            if (Address(source) is { } address)
            {
                urls.Add(address.Settings.AbsoluteUri);
                urls.Add(address.Url.AbsoluteUri);
            }
        }

        return urls;
    }

    private static string NetworkFor(DiscoveredFeed feed) => feed.Kind switch
    {
        FeedKind.Comments or FeedKind.PostComments => "comments",
        _ when feed.Platform is FeedPlatform.Blogger or FeedPlatform.WordPress => "blog",
        _ => SourceKinds.Feed,
    };

    private static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}

/// <param name="Kind"><c>posts</c>, <c>comments</c> (the site's comments) or <c>postComments</c> (one article's comments).</param>
/// <param name="Followed">The workspace already has a source for it.</param>
/// <param name="Network">The network a source for it would get.</param>
public sealed record FoundFeed(string Url, string? Title, string Kind, string Platform, string Evidence, bool Followed, string Network);

public sealed record FeedImport(int Read, IReadOnlyList<string> Added, IReadOnlyList<string> Skipped, IReadOnlyList<FeedRejection> Rejected);

public sealed record FeedRejection(string Url, string Reason);
