using System.Collections.Concurrent;
using Pantau.Core.Posts;

namespace Pantau.Data.Writers;

/// <summary>
/// Authors the writer stored recently, so that an author who posts again with the same profile costs no write.
/// A changed profile, or one not refreshed for <see cref="RefreshAfter"/>, is written again. Bounded: cleared
/// when full. Forgotten whole when a write fails, since an entry may name a row that no longer exists.
/// </summary>
public sealed class KnownAuthors
{
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);
    public const int Capacity = 200_000;

    private readonly ConcurrentDictionary<(Guid Workspace, string Network, string Handle), Entry> _authors = new();

    /// <summary>The stored author's id when nothing about them needs writing; otherwise null.</summary>
    public long? Find(Guid workspaceId, string network, PostAuthor author, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        return _authors.TryGetValue((workspaceId, network, author.Handle), out var known)
            && now - known.WrittenAt < RefreshAfter
            && (author.Followers is null || author.Followers == known.Followers)
            && (author.DisplayName is null || author.DisplayName == known.DisplayName)
            && author.Verified == known.Verified
                ? known.Id
                : null;
    }

    public void Remember(Guid workspaceId, string network, PostAuthor author, long id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(author);
        if (_authors.Count >= Capacity)
        {
            _authors.Clear();
        }

        var key = (workspaceId, network, author.Handle);
        var previous = _authors.GetValueOrDefault(key);
        _authors[key] = new Entry(id, author.Followers ?? previous?.Followers, author.DisplayName ?? previous?.DisplayName, author.Verified, now);
    }

    public void Forget() => _authors.Clear();

    private sealed record Entry(long Id, long? Followers, string? DisplayName, bool Verified, DateTimeOffset WrittenAt);
}
