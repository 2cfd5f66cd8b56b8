namespace Pantau.DemoCorpus;

/// <summary>One text template. A leading '^' in the source marks a formal register (no casual post-processing).</summary>
internal sealed record Tpl(Brand? Brand, string Intent, string Lang, string Text, bool Formal, string Kind, string? Title, string? Tag);

/// <summary>All hand-written templates, grouped by kind. Content lives in the Templates.*.cs partial files.</summary>
internal sealed partial class TemplateBank
{
    private const string C = Intents.Complaint;
    private const string Q = Intents.Question;
    private const string Pr = Intents.Praise;
    private const string Ch = Intents.Chatter;
    private const string Sp = Intents.Spam;
    private const string Cr = Intents.CareReply;
    private const Brand NT = Brand.Nusantel;
    private const Brand BS = Brand.BankSentosa;
    private const Brand KS = Brand.KopiSenja;
    private const Brand RA = Brand.RajawaliAir;
    private const Brand BL = Brand.Belanjain;

    private readonly Dictionary<string, List<Tpl>> _index = new(StringComparer.Ordinal);

    public TemplateBank()
    {
        AddNusantel();
        AddBankSentosa();
        AddKopiSenja();
        AddRajawaliAir();
        AddBelanjain();
        AddGeneric();
        AddReplies();
        AddCare();
        AddSpam();
        AddNews();
        AddChannels();
        AddBursts();

        foreach (var t in All)
        {
            foreach (var key in Keys(t))
            {
                if (!_index.TryGetValue(key, out var list))
                {
                    _index[key] = list = [];
                }

                list.Add(t);
            }
        }
    }

    public List<Tpl> All { get; } = [];

    public int DistinctBaseTemplates => All.Select(t => t.Text).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Templates of a kind, optionally filtered by brand (null = brand-agnostic only), intent and language.</summary>
    public IReadOnlyList<Tpl> Find(string kind, Brand? brand, string? intent, string? lang) =>
        _index.TryGetValue(Key(kind, brand, intent, lang), out var l) ? l : [];

    private static string Key(string kind, Brand? brand, string? intent, string? lang) =>
        $"{kind}|{(brand is null ? "-" : brand.Value.ToString())}|{intent ?? "*"}|{lang ?? "*"}";

    private static IEnumerable<string> Keys(Tpl t)
    {
        foreach (var i in new[] { t.Intent, null })
        {
            foreach (var l in new[] { t.Lang, null })
            {
                yield return Key(t.Kind, t.Brand, i, l);
            }
        }
    }

    private void Add(string kind, Brand? b, string intent, string lang, string? title, string? tag, params string[] texts)
    {
        foreach (var raw in texts)
        {
            var formal = raw.StartsWith('^');
            All.Add(new Tpl(b, intent, lang, formal ? raw[1..] : raw, formal, kind, title, tag));
        }
    }

    /// <summary>General posts (x / instagram / facebook / youtube / mastodon).</summary>
    private void P(Brand? b, string intent, string lang, params string[] texts) => Add("post", b, intent, lang, null, null, texts);

    private void K(string kind, Brand? b, string intent, string lang, params string[] texts) => Add(kind, b, intent, lang, null, null, texts);

    /// <summary>Mailing-list post: list name, subject and body.</summary>
    private void E(Brand b, string intent, string lang, string list, string subject, string body) =>
        Add("email", b, intent, lang, subject, list, body);

    /// <summary>Reddit submission with a title.</summary>
    private void R(Brand b, string intent, string lang, string title, string body) => Add("reddit", b, intent, lang, title, null, body);

    /// <summary>News article: outlets (comma separated site handles), headline, lead.</summary>
    private void NE(Brand b, string lang, string outlets, string headline, string lead) =>
        Add("news_event", b, Intents.News, lang, headline, outlets, "^" + lead);

    private void N(Brand b, string lang, string outlets, string headline, string lead) =>
        Add("news", b, Intents.News, lang, headline, outlets, "^" + lead);
}
