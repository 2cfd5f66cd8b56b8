namespace Pantau.Core.Queries;

/// <summary>A parsed query: a tree of these nodes. <see cref="Column"/> is where the node starts in the query text (1-based).</summary>
public abstract record QueryNode(int Column);

/// <summary>One word, number, #hashtag, @mention, URL or emoji, possibly with wildcards or exact case.</summary>
public sealed record TermNode(TermPattern Term, int Column) : QueryNode(Column);

/// <summary>
/// Words in a row. With <see cref="Slop"/> 0 they must be adjacent and in order; with slop n they may come in
/// any order with at most n other words among them.
/// </summary>
public sealed record PhraseNode(IReadOnlyList<TermPattern> Words, int Slop, int Column) : QueryNode(Column);

public sealed record AndNode(IReadOnlyList<QueryNode> Children, int Column) : QueryNode(Column);

public sealed record OrNode(IReadOnlyList<QueryNode> Children, int Column) : QueryNode(Column);

public sealed record NotNode(QueryNode Child, int Column) : QueryNode(Column);

/// <summary>
/// Both sides occur with at most <see cref="Distance"/> words between them; when <see cref="Ordered"/>, the
/// left side comes first. Each side is a term, a phrase or an OR of those.
/// </summary>
public sealed record NearNode(QueryNode Left, QueryNode Right, int Distance, bool Ordered, int Column) : QueryNode(Column);

/// <summary>The inner query applied to one text field of the post instead of its title and text.</summary>
public sealed record TextFieldNode(TextField Field, QueryNode Inner, int Column) : QueryNode(Column);

/// <summary>A test on the post's metadata rather than its words (site:, url:, source:, lang:, country:, is:).</summary>
public sealed record ValueNode(ValueField Field, string Value, int Column) : QueryNode(Column);

/// <summary>followers:[Min TO Max], inclusive; null is open ('*').</summary>
public sealed record FollowersNode(long? Min, long? Max, int Column) : QueryNode(Column);

public enum TextField
{
    Title,
    Author,
}

public enum ValueField
{
    Site,
    Url,
    Source,
    Language,
    Country,
    Is,
}
