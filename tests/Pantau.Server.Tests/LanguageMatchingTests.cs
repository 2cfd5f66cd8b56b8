namespace Pantau.Server.Tests;

/// <summary>
/// <c>lang:</c> in a topic reads the language the source declared with the post or, when it declared none, the
/// language Pantau identifies before matching: pushed through a webhook source as an integration would.
/// </summary>
public sealed class LanguageMatchingTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    private const string Javanese = "sinyal e ilang terus wiwit esuk, aku ora iso nelpon blas";
    private const string Indonesian = "sinyal hilang terus dari pagi, saya tidak bisa menelepon sama sekali";
    private const string Sundanese = "sinyal leungit wae ti isuk, abdi teu tiasa nelepon";

    [Fact]
    public async Task A_lang_topic_matches_an_undeclared_post_in_that_language_and_not_one_in_another()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("lang");
        var javanese = await client.CreateTopicAsync(ws, "Sinyal (Jawa)", "sinyal AND lang:jv");
        var regional = await client.CreateTopicAsync(ws, "Sinyal (daerah)", "sinyal lang:(jv OR su)");
        var any = await client.CreateTopicAsync(ws, "Sinyal", "sinyal");
        var source = await client.CreateWebhookSourceAsync(ws);

        var pushed = await client.PushAsync(ws, source,
            Api.Post("jv-1", Javanese),
            Api.Post("id-1", Indonesian),
            Api.Post("su-1", Sundanese),
            // What the source declares wins over what Pantau would identify.
            Declared("id-as-jv", Indonesian + " (diteruskan)", "jv"),
            Declared("jv-as-id", Javanese + " (diteruskan)", "id"));

        Assert.Equal(5, pushed["received"]!.GetValue<int>());
        Assert.Equal(5, pushed["newMentions"]!.GetValue<int>());
        Assert.Equal(["id-as-jv", "jv-1"], await ExternalIdsAsync(client, ws, javanese));
        Assert.Equal(["id-as-jv", "jv-1", "su-1"], await ExternalIdsAsync(client, ws, regional));
        Assert.Equal(["id-1", "id-as-jv", "jv-1", "jv-as-id", "su-1"], await ExternalIdsAsync(client, ws, any));
    }

    [Fact]
    public async Task A_negated_lang_leaves_out_an_undeclared_post_identified_in_that_language()
    {
        var (ws, client) = await fixture.Factory.NewWorkspaceAsync("nolang");
        await client.CreateTopicAsync(ws, "Sinyal", "sinyal");
        var notJavanese = await client.CreateTopicAsync(ws, "Bukan Jawa", "sinyal -lang:jv");
        var source = await client.CreateWebhookSourceAsync(ws);

        await client.PushAsync(ws, source, Api.Post("jv-1", Javanese), Api.Post("id-1", Indonesian));

        Assert.Equal(["id-1"], await ExternalIdsAsync(client, ws, notJavanese));
        Assert.Equal(2, (await client.MentionsAsync(ws)).Count);
    }

    private static object Declared(string id, string text, string lang) =>
        new { id, text, lang, author = new { handle = "pelanggan", name = "Pelanggan", followers = 100 } };

    private static async Task<List<string>> ExternalIdsAsync(HttpClient client, Guid workspace, Guid topic) =>
        [.. (await client.MentionsAsync(workspace, $"?topic={topic}")).Select(m => m!["externalId"]!.GetValue<string>()).Order(StringComparer.Ordinal)];
}
