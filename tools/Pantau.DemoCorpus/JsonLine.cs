using System.Globalization;
using System.Text;

namespace Pantau.DemoCorpus;

/// <summary>
/// Hand-rolled JSON line writer: fixed property order, explicit nulls, one-decimal offsets
/// and raw (unescaped) non-ASCII so that the corpus stays readable in a text editor.
/// </summary>
internal static class JsonLine
{
    public static string Write(Post p)
    {
        var sb = new StringBuilder(512);
        sb.Append('{');
        Prop(sb, "id", p.Id, first: true);
        sb.Append(",\"offsetSeconds\":").Append(p.Offset.ToString("0.0", CultureInfo.InvariantCulture));
        Prop(sb, "network", p.Network);
        sb.Append(",\"author\":{");
        Prop(sb, "handle", p.Author.Handle, first: true);
        Prop(sb, "name", p.Author.Name);
        sb.Append(",\"followers\":").Append(p.Author.Followers.ToString(CultureInfo.InvariantCulture));
        sb.Append(",\"verified\":").Append(p.Author.Verified ? "true" : "false");
        sb.Append('}');
        Prop(sb, "title", p.Title);
        Prop(sb, "text", p.Text);
        Prop(sb, "lang", p.Lang);
        Prop(sb, "url", p.Url);
        Prop(sb, "inReplyTo", p.InReplyTo?.Id);
        Prop(sb, "repostOf", p.RepostOf?.Id);
        Prop(sb, "quoteOf", p.QuoteOf?.Id);
        sb.Append(",\"likes\":").Append(p.Likes.ToString(CultureInfo.InvariantCulture));
        sb.Append(",\"shares\":").Append(p.Shares.ToString(CultureInfo.InvariantCulture));
        sb.Append(",\"replies\":").Append(p.Replies.ToString(CultureInfo.InvariantCulture));
        Prop(sb, "country", p.Country);
        Prop(sb, "intent", p.Intent);
        sb.Append(",\"isSpam\":").Append(p.IsSpam ? "true" : "false");
        sb.Append(",\"crisis\":").Append(p.Crisis ? "true" : "false");
        sb.Append('}');
        return sb.ToString();
    }

    private static void Prop(StringBuilder sb, string name, string? value, bool first = false)
    {
        if (!first)
        {
            sb.Append(',');
        }

        sb.Append('"').Append(name).Append("\":");
        if (value is null)
        {
            sb.Append("null");
            return;
        }

        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }
}
