using System.Collections.Frozen;

namespace Pantau.Core.Care;

/// <summary>
/// When a routing rule applies. An empty field does not constrain; every non-empty field must hold (AND), and within a field
/// any value will do (OR): one of the case's topics, its language, its source, one of the keywords. A keyword is a word or a
/// phrase (consecutive words) matched on the case text the way topic queries match terms: folded by
/// <see cref="Text.TextNormaliser"/> (case, accents and compatibility forms ignored), whole tokens only, and elongated words
/// ("tolonggg") matching their plain form. A language matches case-insensitively, also on its primary subtag ("id" holds for "id-ID").
/// </summary>
public sealed record RoutingCondition(
    IReadOnlySet<Guid> TopicIds, IReadOnlySet<string> Languages, IReadOnlySet<Guid> SourceIds, IReadOnlyList<string> Keywords)
{
    /// <summary>No constraint: holds for every case.</summary>
    public static RoutingCondition Any { get; } = new(FrozenSet<Guid>.Empty, FrozenSet<string>.Empty, FrozenSet<Guid>.Empty, []);

    /// <summary>Keywords with no word in them ("!!!", blank): they can never match, so an editor should reject them.</summary>
    public IReadOnlyList<string> UnmatchableKeywords() =>
        [.. (Keywords ?? []).Where(keyword => RoutingKeyword.Parse(keyword) is null)];
}
