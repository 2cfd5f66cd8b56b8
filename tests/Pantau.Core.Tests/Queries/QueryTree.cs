using System.Globalization;
using Pantau.Core.Queries;

namespace Pantau.Core.Tests.Queries;

/// <summary>Writes a parsed query as a compact S-expression, so tests can compare trees as strings.</summary>
internal static class QueryTree
{
    public static string Show(string query) => Show(QueryParser.Parse(query).Root);

    public static string Show(QueryNode node) => node switch
    {
        TermNode t => Term(t.Term),
        PhraseNode p => "\"" + string.Join(' ', p.Words.Select(Term)) + "\"" + (p.Slop > 0 ? "~" + Number(p.Slop) : string.Empty),
        AndNode a => "(AND " + string.Join(' ', a.Children.Select(Show)) + ")",
        OrNode o => "(OR " + string.Join(' ', o.Children.Select(Show)) + ")",
        NotNode n => "(NOT " + Show(n.Child) + ")",
        NearNode n => $"({(n.Ordered ? "ONEAR" : "NEAR")}/{Number(n.Distance)} {Show(n.Left)} {Show(n.Right)})",
        TextFieldNode f => (f.Field == TextField.Title ? "title:" : "author:") + Show(f.Inner),
        ValueNode v => $"{v.Field}={v.Value}",
        FollowersNode f => $"followers=[{(f.Min is { } min ? Number(min) : "*")} TO {(f.Max is { } max ? Number(max) : "*")}]",
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown node"),
    };

    /// <summary>A term: its kind as a prefix (#, @, url:, emoji:), {…} for exact case, ~ before a wildcard.</summary>
    public static string Term(TermPattern term)
    {
        var text = term.ExactCase is { } exact ? "{" + exact + "}" : term.Wildcard is not null ? "~" + term.Text : term.Text;
        return term.Kind switch
        {
            TermKind.Hashtag => "#" + text,
            TermKind.Mention => "@" + text,
            TermKind.Url => "url:" + text,
            TermKind.Emoji => "emoji:" + text,
            _ => text,
        };
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
