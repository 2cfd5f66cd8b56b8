using System.Xml;

namespace Pantau.Connectors.Feeds.Opml;

/// <summary>Writes feeds as an OPML 2.0 subscription list, filed in one outline per category.</summary>
public static class OpmlWriter
{
    public static void Write(Stream output, string title, DateTimeOffset created, IEnumerable<OpmlFeed> feeds)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(feeds);
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartDocument();
        writer.WriteStartElement("opml");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteStartElement("head");
        writer.WriteElementString("title", title);
        writer.WriteElementString("dateCreated", created.ToUniversalTime().ToString("r", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        writer.WriteStartElement("body");
        foreach (var group in feeds.GroupBy(f => f.Category ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (group.Key.Length > 0)
            {
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("text", group.Key);
                writer.WriteAttributeString("title", group.Key);
            }

            foreach (var feed in group)
            {
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("type", "rss");
                writer.WriteAttributeString("text", feed.Title ?? feed.XmlUrl);
                writer.WriteAttributeString("title", feed.Title ?? feed.XmlUrl);
                writer.WriteAttributeString("xmlUrl", feed.XmlUrl);
                if (feed.HtmlUrl is not null)
                {
                    writer.WriteAttributeString("htmlUrl", feed.HtmlUrl);
                }

                writer.WriteEndElement();
            }

            if (group.Key.Length > 0)
            {
                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }
}
