using System.Buffers.Binary;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pantau.Connectors.Feeds;

/// <summary>
/// What a feed source resumes from: where the feed is now (after permanent redirects), its cache validators, its
/// WebSub hub, the items already delivered (hashes of id, link and content, so that edits are seen and the cursor
/// stays small), recent publication times for the polling rate, and when to check next.
/// </summary>
public sealed record FeedCursor
{
    /// <summary>Items remembered; more than a feed shows at once, so that an item dropping out and back is not new.</summary>
    public const int MaxSeen = 1000;

    private const int EntryBytes = 20;

    /// <summary>The settings URL this cursor belongs to; a source whose URL is changed starts afresh.</summary>
    public string? Origin { get; init; }

    /// <summary>Where the feed is read now: the settings URL, or where it moved permanently (301, 308).</summary>
    public string? Url { get; init; }

    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    public string? Hub { get; init; }
    public string? Topic { get; init; }
    public int? TtlMinutes { get; init; }
    public DateTimeOffset? NextCheckAt { get; init; }
    public IReadOnlyList<DateTimeOffset> RecentPublished { get; init; } = [];

    /// <summary>Delivered items, newest first.</summary>
    [JsonIgnore]
    public IReadOnlyList<SeenItem> Seen { get; init; } = [];

    /// <summary><see cref="Seen"/> packed: 20 bytes an item (id hash, link hash, content hash), base64.</summary>
    [JsonPropertyName("seen")]
    public string? SeenPacked
    {
        get
        {
            if (Seen.Count == 0)
            {
                return null;
            }

            var bytes = new byte[Seen.Count * EntryBytes];
            for (var i = 0; i < Seen.Count; i++)
            {
                var span = bytes.AsSpan(i * EntryBytes, EntryBytes);
                BinaryPrimitives.WriteUInt64LittleEndian(span, Seen[i].Id);
                BinaryPrimitives.WriteUInt64LittleEndian(span[8..], Seen[i].Link);
                BinaryPrimitives.WriteUInt32LittleEndian(span[16..], Seen[i].Content);
            }

            return Convert.ToBase64String(bytes);
        }
        init
        {
            if (string.IsNullOrEmpty(value))
            {
                Seen = [];
                return;
            }

            var bytes = Convert.FromBase64String(value);
            var seen = new SeenItem[bytes.Length / EntryBytes];
            for (var i = 0; i < seen.Length; i++)
            {
                var span = bytes.AsSpan(i * EntryBytes, EntryBytes);
                seen[i] = new SeenItem(BinaryPrimitives.ReadUInt64LittleEndian(span), BinaryPrimitives.ReadUInt64LittleEndian(span[8..]), BinaryPrimitives.ReadUInt32LittleEndian(span[16..]));
            }

            Seen = seen;
        }
    }

    /// <summary>Reads a stored cursor; one that is missing, unreadable or for another URL reads as a fresh start.</summary>
    public static FeedCursor Read(string? stored, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        var fresh = new FeedCursor { Origin = origin.AbsoluteUri };
        if (string.IsNullOrEmpty(stored))
        {
            return fresh;
        }

        try
        {
            var cursor = JsonSerializer.Deserialize(stored, FeedJson.Default.FeedCursor);
            return cursor?.Origin == origin.AbsoluteUri ? cursor : fresh;
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return fresh;
        }
    }

    public string Write() => JsonSerializer.Serialize(this, FeedJson.Default.FeedCursor);

    /// <summary>Where to read the feed now.</summary>
    public Uri Address(Uri settingsUrl) => Url is not null && Uri.TryCreate(Url, UriKind.Absolute, out var moved) ? moved : settingsUrl;
}

/// <param name="Id">Hash of the item's external id.</param>
/// <param name="Link">Hash of its link, 0 if it has none: items whose id changes but whose link does not are the same item.</param>
/// <param name="Content">Hash of its title and content: a change is an edit.</param>
public readonly record struct SeenItem(ulong Id, ulong Link, uint Content);

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FeedCursor))]
internal sealed partial class FeedJson : JsonSerializerContext;
