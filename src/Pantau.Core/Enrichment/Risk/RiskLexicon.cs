namespace Pantau.Core.Enrichment;

/// <summary>
/// The phrases <see cref="RiskDetector"/> looks for, in Indonesian (formal and colloquial), English, and some Javanese,
/// Sundanese and Malaysian Malay. Written from the definitions of the signals and knowledge of how people complain,
/// never from the hand-labelled test set (which is for reporting only).
/// </summary>
/// <remarks>
/// <para>Pattern syntax, one phrase per string, words in folded lower case as the tokeniser writes them
/// ("hati-hati" and "hati2" are the tokens "hati hati"; "di-hack" is "di hack"; "don't" is "don t"):</para>
/// <list type="bullet">
/// <item><c>a|b|c</c> at a position: any of these words.</item>
/// <item><c>~N</c> before a position: up to N other tokens may stand between it and the previous word
/// ("lapor ~3 polisi" also reads "lapor aja ke polisi").</item>
/// <item><c>#</c>: any number ("pasal #" is "pasal 27").</item>
/// <item><c>=word</c> at the first position: the word does not count when written in title case, because then it is
/// usually a name ("Sue said…"; but "I will sue" and "SUE" count).</item>
/// <item>A leading <c>!</c>: a veto. Its words raise nothing, and the words it covers are not read again
/// ("menuntut ilmu" is studying, not suing; "korban iklan" is a joke, not a victim).</item>
/// </list>
/// <para>Every multi-word phrase without a number also matches as one hashtag with its words run together
/// ("#laporpolisi", "#databocor"); <see cref="HashtagPrefixes"/> match the start of a hashtag ("#boikotnusantel").</para>
/// </remarks>
internal static class RiskLexicon
{
    /// <summary>Verbs of reporting someone, in all the languages; combined with the police and regulators below.</summary>
    private const string ReportVerbs =
        "lapor|laporin|laporkan|laporke|laporkeun|lapokeun|dilaporkan|dilaporin|dilaporke|dilaporkeun|melaporkan|"
        + "ngelaporin|nglaporke|ngalaporkeun|report|reported|reporting|adukan|diadukan|mengadukan|ngaduin|ngadu|mengadu";

    private const string Police = "polisi|pulisi|police|polda|polres|polsek|polrestabes|kepolisian|bareskrim|polri|cybercrime";

    private const string Regulators = "ojk|ylki|bpsk|bpkn|ombudsman|kemenkes|bpom|kemendag";

    public static readonly string[] Legal =
    [
        "somasi|somasikan|disomasi|mensomasi|nyomasi",
        $"{ReportVerbs} ~3 {Police}",
        $"{ReportVerbs}|komplain|complain|complaint|pengaduan|aduan ~3 {Regulators}",
        "polisikan|mempolisikan|dipolisikan|polisiin|dipolisiin",
        $"ke|ka|nang|neng|menyang|marang ~1 {Police}",
        "laporan|lapor|report|repot polis",
        "to ~1 police|polis",
        "laporan|lp ~1 polisi",
        "ylki|bpsk|bpkn|yppk|uupk",
        "pengacara|pengacaraku|lawyer|lawyers|attorney|attorneys|advokat|peguam|loyer",
        "kuasa hukum",
        "lbh",
        "bantuan hukum",
        "gugat|gugatan|menggugat|digugat|tergugat|penggugat|gugatin|gugatannya|ngagugat",
        "class action",
        "small claims",
        "tribunal",
        "mahkamah",
        "pengadilan|pengadilannya",
        "meja hijau",
        "in|to court",
        "jalur|ranah|proses|tindakan|langkah|upaya|tuntutan|perkara|kasus|jalan|aspek|sanksi hukum",
        "tuntut|menuntut|dituntut|nuntut|tuntutan",
        "!tuntut|menuntut|nuntut ilmu",
        "!dituntut untuk|buat|harus|agar|supaya|bisa|serba",
        "!tuntutan kerja|pekerjaan|zaman|jaman|insurans|pelanggan",
        "uu ite|pdp|perlindungan|konsumen|no|nomor|nomer|ri",
        "undang undang",
        "uuite|uupdp",
        "pasal #",
        "pidana|pidanakan|dipidanakan|dipidana|mempidanakan|perdata|perdatakan",
        "pencemaran nama baik",
        "delik|defamation",
        "=sue",
        "sued|suing|lawsuit|lawsuits",
        "legal action|actions|proceedings|notice|team|recourse",
        "saman",
        "!tari|kena|dapat|dapet saman",
        "!saman trafik|ekor|jpj|polis",
    ];

    public static readonly string[] Viral =
    [
        "viralkan|viralin|viralkeun|viralke|viralno|diviralkan|diviralin|diviralke|diviralkeun|memviralkan|viralkno",
        "biar|bikin|buat|supaya|agar|sampai|sampe|ben|men|meh|make|bakal|go ~2 viral|trending",
        "biar|supaya|agar|ben rame|ramai|heboh",
        "no viral no justice",
        "noviralnojustice",
        "spill|spil|spilling|dispill|spillin",
        "thread|utas|🧵",
        "rt|retweet|repost|share ~1 biar|supaya|agar|so|sampai|sampe|ben",
        "please|pls|plz|plis|pliss|mohon rt|retweet|repost|boost",
        "tolong|bantu|tlg|bntu rt|retweet|repost|boost|share|sebar|sebarin|up",
        "rt|retweet please|pls|plz|plis",
        "sebarkan|sebarluaskan|sebarin|sebarkeun",
        "sebar luaskan",
        "spread the word",
        "boikot|boycott|boikotin|diboikot|memboikot|boycotting|boycotted|boikott",
        "jangan|jgn|jngn|ojo|ulah|tong beli|belanja|order|pesan ~1 di|disini|ning|neng|nang|ndek",
        "jangan|jgn|jngn|ojo|ulah|tong pernah|sekali ~1 pakai|pake|pakek|beli|belanja|order|pesan|naik|make|nganggo|makai",
        "never|dont|don ~1 buy|fly|order|shop ~1 from|with",
        "stay away from",
        "hati hati sama|dengan|dgn|sm|ama|karo|jeung|kalo|kalau|klo",
        "ati ati sama|dengan|dgn|sm|ama|karo|jeung|kalo|kalau|klo",
        "up|naikin|naikkan|angkat biar|supaya|agar|sampai|sampe|sampek",
        "kawal sampai|sampe|sampek|terus|kasus|kasusnya|ini|tuntas",
        "usut tuntas",
    ];

    public static readonly string[] Safety =
    [
        "keracunan|keracunen|karacunan|diracun|poisoned|poisoning",
        "luka|terluka|cedera|cidera|injured|injury|injuries|hurt|wounded|bleeding|berdarah|tatu|kecederaan",
        "!luka hati|batin|lama",
        "!wouldn|doesn|won|didn|couldn|don t hurt|hurts",
        "!wouldnt|doesnt|wont|didnt|couldnt|dont|never hurt|hurts",
        "!hurt my|your feelings|wallet",
        "celaka|kecelakaan|kemalangan|accident|accidents|tabrakan|ditabrak|nabrak",
        "crashed into",
        "!by accident",
        "meninggal|tewas|wafat",
        "passed away",
        "terbakar|kebakaran|meledak|ledakan|exploded|explode|exploding|explosion|kobong|kobongan|njeblug|mbledos|bledug",
        "caught fire",
        "!penjualan|permintaan|pesanan|order|tawa|emosi|emosinya meledak",
        "korban",
        "!korban php|iklan|prank|ghosting|perasaan|promo|diskon|marketing|flash|gaya|janji|phpnya|tiktok",
        "kesetrum|tersetrum|kesetrom|kestrum|nyetrum|electrocuted|korsleting|konslet|korslet",
        "ambruk|roboh",
        "ugal ugalan",
        "ugal2an|ugalugalan|reckless",
        "unsafe|dangerous|berbahaya|membahayakan|bahayain",
        "tidak|tak|gak|ga|nggak|enggak|ngga|gk|tdk|not|teu|ora aman|safe",
        "malpraktik|malpraktek|malpractice",
        "salah obat|resep|suntik",
        "wrong medication|medicine|prescription",
        "beling|belatung|maggots|maggot",
        "pecahan|serpihan kaca",
        "glass in",
        "reaksi alergi",
        "allergic reaction",
        "anafilaksis|anaphylaxis|anaphylactic",
        "masuk|dirawat|dilarikan ~1 rs|igd|ugd|hospital",
        "masuk|dirawat|dilarikan ~2 rumah sakit",
        "hospitalised|hospitalized|opname|diopname",
        "penipuan|penipu|penipunya|ditipu|tertipu|ketipu|katipu|diapusi|scam|scammed|scammer|scammers|scams|fraud|fraudulent|fraudster|bodong",
        "kena|kene tipu|scam",
        "tipu tipu",
        "modus|modusnya penipuan|baru",
        "cs|akun|admin|website|web|situs|link|apk|aplikasi|nomor|nomer|wa|halaman|page palsu|fake|bodong",
        "fake cs|account|page|website|link|customer|admin",
        "ngaku|mengaku|ngakunya|pretending|claiming ~2 cs|admin|petugas|pegawai|karyawan|pihak|customer|staff|kurir|agent|officer",
        "mengatasnamakan|impersonating|impersonate|impersonation|impersonator",
        "dibobol|kebobolan|dibobolin|bobol|dijebol",
        "diretas|peretas|meretas|peretasan|dihack|dihek|kehack|kehek|hacked|hacker|hackers|digodam",
        "di|kena|ke|ter|got|been hack|hek|hacked",
        "akun|akunku|account|rekening|akaun|whatsapp|wa|ig|instagram|email ~2 dibajak|dicuri|diretas|dibobol|digodam|hijacked|compromised|stolen|hacked|diambil",
        "account|accounts|akun ~2 taken over",
        "account takeover",
        "otp|pin|cvv|password ~2 dicuri|bocor|dicolong|dibobol|stolen|leaked",
        "minta|meminta|mintain|nanya|nanyain|menanyakan|asked|asking|minta2 ~2 otp|cvv|pin",
        "saldo|uang|duit|dana|tabungan|balance|money|funds|deposito|rekening ~2 hilang|raib|lenyap|ilang|kesedot|tersedot|terkuras|dikuras|ludes|missing|gone|stolen|dicuri|dicolong|leungit|ical",
        "terpotong|dipotong|kepotong|ditarik|didebet|terdebet|kedebet|berkurang ~1 sendiri|tanpa",
        "transaksi ~2 tidak|tak|gak|ga|nggak|tdk|enggak|bukan dikenal|dikenali|sah|diakui",
        "transaksi ~2 tidak|tak|gak|ga|nggak|tdk|enggak|bukan saya|aku|gue|gw ~1 lakukan|lakuin|buat|bikin",
        "transaksi ilegal|fiktif|siluman|gelap",
        "unauthorized|unauthorised ~1 transaction|transactions|charge|charges|payment|payments|debit|access|login|purchase",
        "phishing|pishing|phising|smishing",
        "skimming|skimmer",
        "kartu|card ~2 dikloning|digandakan|cloned|kloning|diclone",
        "cloned card",
        "pencurian data|identitas|akun",
        "data ~2 bocor|dicuri|tersebar|disebar|leaked|leak|breach|breached|stolen|diperjualbelikan|dibocorkan",
        "!kuota|paket|pulsa|quota ~1 data",
        "kebocoran|bocoran|bocor data",
        "doxxing|doxing",
        "sebar|nyebar|nyebarin|menyebarkan|disebar ~2 data",
        "dibawa|bawa kabur",
        "stolen|dicuri|dicolong|kecurian|kemalingan",
        "!hati|hatiku dicuri",
    ];

    /// <summary>Hashtags that start with these raise the signal: campaigns name their target after the word.</summary>
    public static readonly (string Prefix, RiskSignals Signal)[] HashtagPrefixes =
    [
        ("boikot", RiskSignals.Viral), ("boycott", RiskSignals.Viral), ("viralkan", RiskSignals.Viral),
        ("viralin", RiskSignals.Viral), ("viralkeun", RiskSignals.Viral), ("spill", RiskSignals.Viral),
        ("kawal", RiskSignals.Viral), ("usut", RiskSignals.Viral), ("justicefor", RiskSignals.Viral),
        ("noviral", RiskSignals.Viral), ("stopbeli", RiskSignals.Viral), ("janganbeli", RiskSignals.Viral),
        ("somasi", RiskSignals.Legal), ("gugat", RiskSignals.Legal), ("laporpolisi", RiskSignals.Legal),
        ("penipuan", RiskSignals.Safety), ("scam", RiskSignals.Safety), ("waspadapenipuan", RiskSignals.Safety),
        ("keracunan", RiskSignals.Safety), ("databocor", RiskSignals.Safety), ("kebocorandata", RiskSignals.Safety),
        ("hacked", RiskSignals.Safety),
    ];

    /// <summary>Tagging a regulator's or the police's account is reporting to it.</summary>
    public static readonly (string Prefix, RiskSignals Signal)[] MentionPrefixes =
    [
        ("ylki", RiskSignals.Legal), ("ojkindonesia", RiskSignals.Legal), ("kontak157", RiskSignals.Legal),
        ("bpkn", RiskSignals.Legal), ("divhumas_polri", RiskSignals.Legal), ("divhumaspolri", RiskSignals.Legal),
        ("poldametro", RiskSignals.Legal), ("humaspoldametro", RiskSignals.Legal), ("ccicpolri", RiskSignals.Legal),
        ("bareskrim", RiskSignals.Legal),
    ];
}
