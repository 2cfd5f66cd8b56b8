using System.Text.Json;
using Pantau.Server.Alerts.Delivery;

namespace Pantau.Server.Tests.Alerts.Delivery;

public sealed class RendererTests
{
    private static readonly string[] TelegramTags = ["b", "i", "a", "blockquote"];

    [Fact]
    public void Slack_has_text_header_summary_context_mentions_and_a_button_to_the_alert()
    {
        using var json = JsonDocument.Parse(SlackPayload.Render(NoticeSamples.Spike()));
        var root = json.RootElement;
        Assert.Contains("Negative mentions of Nusantel are 6.2× the usual", root.GetProperty("text").GetString(), StringComparison.Ordinal);
        var blocks = root.GetProperty("blocks").EnumerateArray().ToList();
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Equal("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.StartsWith("🟠 High: Negative mentions", blocks[0].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("mrkdwn", blocks[1].GetProperty("text").GetProperty("type").GetString());
        Assert.Contains(blocks, b => b.GetProperty("type").GetString() == "context");
        var mention = blocks.Single(b => b.GetProperty("type").GetString() == "section" && b.GetProperty("text").GetProperty("text").GetString()!.Contains("Budi", StringComparison.Ordinal));
        var text = mention.GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains("*Budi Santoso* (@budi_s) · X · reach 12,345 · negative · <https://x.com/budi_s/status/1|open>", text, StringComparison.Ordinal);
        Assert.Contains("\n>Sinyal Nusantel hilang lagi", text, StringComparison.Ordinal);
        var button = blocks.Last().GetProperty("elements")[0];
        Assert.Equal("button", button.GetProperty("type").GetString());
        Assert.Equal("https://pantau.example.co.id/alerts/0f8fad5b", button.GetProperty("url").GetString());
        Assert.Equal("danger", button.GetProperty("style").GetString());
    }

    [Fact]
    public void Slack_escapes_strangers_so_nothing_pings_links_or_breaks_out()
    {
        var payload = SlackPayload.Render(NoticeSamples.Hostile());
        using var json = JsonDocument.Parse(payload);
        var texts = AllStrings(json.RootElement).ToList();

        // Slack reads mentions and links only in mrkdwn (the sections, context and the notification text); plain_text shows as written.
        var mrkdwn = AllObjects(json.RootElement).Where(o => o.TryGetProperty("type", out var t) && t.GetString() == "mrkdwn").Select(o => o.GetProperty("text").GetString()!)
            .Append(json.RootElement.GetProperty("text").GetString()!).ToList();
        var all = string.Join("\n", mrkdwn);
        Assert.DoesNotContain("<!channel>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U024BE7LH>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U1>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil.example|here>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", all, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; &amp; more", all, StringComparison.Ordinal);
        Assert.DoesNotContain(texts, t => t.Contains('\u0007', StringComparison.Ordinal) || t.Contains('\u202E', StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("javascript:", StringComparison.Ordinal));
        // The only links are Pantau's own and the mention's URL, percent-encoded so it cannot close the link.
        Assert.Contains("<https://evil.example/a?b=%22c%22&d=%3Ce%3E|open>", all, StringComparison.Ordinal);
        var header = json.RootElement.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString()!;
        Assert.True(header.Length <= 150);
        Assert.All(texts, t => Assert.True(t.Length <= 3000, "a Slack text is at most 3000 characters"));
    }

    [Fact]
    public void Teams_posts_one_adaptive_card_in_a_message_with_strangers_text_in_text_runs()
    {
        using var json = JsonDocument.Parse(TeamsPayload.Render(NoticeSamples.Hostile()));
        var root = json.RootElement;
        Assert.Equal("message", root.GetProperty("type").GetString());
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.4", card.GetProperty("version").GetString());
        var action = card.GetProperty("actions")[0];
        Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
        Assert.Equal("https://pantau.example.co.id/alerts/0f8fad5b", action.GetProperty("url").GetString());

        // Markdown is only read in TextBlocks; the card has none, so "**now** [link](…)" shows as written.
        Assert.DoesNotContain("\"TextBlock\"", TeamsPayload.Render(NoticeSamples.Hostile()), StringComparison.Ordinal);
        var runs = AllObjects(card).Where(o => o.TryGetProperty("type", out var t) && t.GetString() == "TextRun").Select(o => o.GetProperty("text").GetString()!).ToList();
        Assert.Contains(runs, r => r.Contains("**now** [link](https://evil.example)", StringComparison.Ordinal));
        Assert.DoesNotContain(runs, r => r.Contains('\u0007', StringComparison.Ordinal));
        Assert.DoesNotContain(AllObjects(card), o => o.TryGetProperty("url", out var u) && u.GetString()!.StartsWith("javascript", StringComparison.Ordinal));
    }

    [Fact]
    public void Telegram_uses_only_its_html_tags_with_everything_escaped()
    {
        using var json = JsonDocument.Parse(TelegramPayload.Render(NoticeSamples.Hostile(), "-1001234567890"));
        var root = json.RootElement;
        Assert.Equal(-1001234567890, root.GetProperty("chat_id").GetInt64());
        Assert.Equal("HTML", root.GetProperty("parse_mode").GetString());
        Assert.True(root.GetProperty("link_preview_options").GetProperty("is_disabled").GetBoolean());
        var text = root.GetProperty("text").GetString()!;
        Assert.True(text.Length < 4096);
        var tags = System.Text.RegularExpressions.Regex.Matches(text, "</?([a-z]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.All(tags, tag => Assert.Contains(tag, TelegramTags));
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", text, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://evil.example/a?b=%22c%22&amp;d=%3Ce%3E\">open</a>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", text, StringComparison.Ordinal);

        using var channel = JsonDocument.Parse(TelegramPayload.Render(NoticeSamples.Spike(), "@pantau_alerts"));
        Assert.Equal("@pantau_alerts", channel.RootElement.GetProperty("chat_id").GetString());
    }

    [Fact]
    public void Telegram_leaves_out_mentions_rather_than_pass_its_length_limit()
    {
        var mention = NoticeSamples.Spike().TopMentions[0] with { Excerpt = new string('<', 1000), Url = new Uri("https://x.com/" + new string('a', 1900)) };
        var notice = NoticeSamples.Spike() with { TopMentions = [mention, mention, mention, mention, mention] };
        using var json = JsonDocument.Parse(TelegramPayload.Render(notice, "42"));
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.True(text.Length <= 4096, $"{text.Length} characters");
        Assert.EndsWith("\">Open in Pantau</a>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Webhook_json_carries_the_event_alert_and_mentions()
    {
        var sentAt = NoticeSamples.FiredAt.AddSeconds(3);
        using var json = JsonDocument.Parse(AlertWebhookPayload.Render(NoticeSamples.Spike() with { IsEscalation = true, IsUpdate = true }, sentAt));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("alert.escalated", root.GetProperty("event").GetString());
        Assert.Equal(sentAt, root.GetProperty("sentAt").GetDateTimeOffset());
        Assert.Equal("Nusantel", root.GetProperty("workspace").GetProperty("name").GetString());
        var alert = root.GetProperty("alert");
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", alert.GetProperty("id").GetString());
        Assert.Equal("spike", alert.GetProperty("kind").GetString());
        Assert.Equal("high", alert.GetProperty("severity").GetString());
        Assert.Equal(NoticeSamples.FiredAt, alert.GetProperty("firedAt").GetDateTimeOffset());
        Assert.True(alert.GetProperty("isEscalation").GetBoolean());
        var mention = root.GetProperty("topMentions")[0];
        Assert.Equal("budi_s", mention.GetProperty("authorHandle").GetString()![1..]);
        Assert.Equal(12345, mention.GetProperty("reach").GetInt64());
        Assert.Equal("negative", mention.GetProperty("sentiment").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("topMentions")[1].GetProperty("url").ValueKind);

        Assert.Contains("\"alert.fired\"", AlertWebhookPayload.Render(NoticeSamples.Spike(), sentAt), StringComparison.Ordinal);
        Assert.Contains("\"alert.updated\"", AlertWebhookPayload.Render(NoticeSamples.Spike() with { IsUpdate = true }, sentAt), StringComparison.Ordinal);
    }

    [Fact]
    public void Mail_is_html_encoded_and_says_it_in_the_alerts_language()
    {
        var english = AlertMail.Render(NoticeSamples.Hostile());
        Assert.StartsWith("[Pantau] High: Outage <script>", english.Subject, StringComparison.Ordinal); // a subject is text, MIME-encoded
        Assert.DoesNotContain("<script>", english.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", english.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Corp", english.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", english.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://evil.example/a?b=%22c%22&amp;d=%3Ce%3E\"", english.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", english.Html, StringComparison.Ordinal);
        Assert.Contains("Top mentions", english.Text, StringComparison.Ordinal);

        var indonesian = AlertMail.Render(NoticeSamples.Spike("id") with { IsEscalation = true });
        Assert.Equal("[Pantau] Peringatan dieskalasi · Tinggi: Negative mentions of Nusantel are 6.2× the usual", indonesian.Subject);
        Assert.Contains("Sebutan teratas", indonesian.Html, StringComparison.Ordinal);
        Assert.Contains("jangkauan 12.345", indonesian.Text, StringComparison.Ordinal);
        Assert.Contains("5 Mar 2026 14.05 WIB", indonesian.Text.Replace(':', '.'), StringComparison.Ordinal);
        Assert.Contains("Buka di Pantau: https://pantau.example.co.id/alerts/0f8fad5b", indonesian.Text, StringComparison.Ordinal);
        Assert.Contains("https://x.com/budi_s/status/1", indonesian.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Strangers_text_is_stripped_of_controls_and_cut()
    {
        Assert.Equal("a b c", NoticeText.Line("a\u0000\r\n b\u202E\tc", 50));
        Assert.Equal("abcd…", NoticeText.Line("abcdefgh", 5));
        Assert.Equal("a😀…", NoticeText.Line("a😀😀😀", 4)); // never half an emoji
        Assert.Equal("one\ntwo", NoticeText.Block("one\n\u0007two", 50));
        Assert.Null(NoticeText.SafeUrl(new Uri("ftp://example.com/x")));
        Assert.Null(NoticeText.SafeUrl(new Uri("https://user:pw@example.com/")));
    }

    private static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllStrings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        _ => [],
    };

    private static IEnumerable<JsonElement> AllObjects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new[] { element }.Concat(element.EnumerateObject().SelectMany(p => AllObjects(p.Value))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllObjects),
        _ => [],
    };
}
