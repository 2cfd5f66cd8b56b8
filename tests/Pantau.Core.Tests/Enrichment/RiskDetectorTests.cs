using Pantau.Core.Enrichment;
using Pantau.Core.Text;

namespace Pantau.Core.Tests.Enrichment;

public sealed class RiskDetectorTests
{
    private static RiskAssessment Detect(string text) => RiskDetector.Detect(TextNormaliser.Tokenise(text));

    [Theory]
    [InlineData("kalau sampai besok gak ada kabar saya lapor polisi", "lapor polisi")]
    [InlineData("sudah saya laporkan ke polisi, tunggu saja", "laporkan ke polisi")]
    [InlineData("siap2 dapat somasi ya", "somasi")]
    [InlineData("kami akan menempuh jalur hukum", "jalur hukum")]
    [InlineData("udah ngadu ke YLKI, tinggal tunggu", "ngadu ke ylki")]
    [InlineData("ini bisa kena pasal 27 lho", "pasal 27")]
    [InlineData("ini pelanggaran UU ITE", "uu ite")]
    [InlineData("kuasa hukum saya akan menghubungi", "kuasa hukum")]
    [InlineData("gugatan sedang disiapkan", "gugatan")]
    [InlineData("I'm going to sue you for this", "sue")]
    [InlineData("I will SUE", "sue")]
    [InlineData("my lawyer will be in touch", "lawyer")]
    [InlineData("we are considering legal action", "legal action")]
    [InlineData("tak laporke polisi lho yen ora dibalekke", "laporke polisi")] // Javanese
    [InlineData("abdi rek lapor ka pulisi wae", "lapor ka pulisi")] // Sundanese
    [InlineData("saya akan buat laporan polis esok", "laporan polis")] // Malay
    [InlineData("saya akan saman syarikat ini", "saman")] // Malay
    [InlineData("sudah lapor OJK dari minggu lalu", "lapor ojk")]
    [InlineData("mau dipolisikan aja nih", "dipolisikan")]
    public void Legal_threats_are_legal(string text, string evidence)
    {
        var result = Detect(text);

        Assert.Equal(RiskSignals.Legal, result.Signals);
        Assert.Equal([evidence], result.Evidence);
    }

    [Theory]
    [InlineData("tolong viralkan biar dibaca", "viralkan")]
    [InlineData("RT biar rame", "rt biar")]
    [InlineData("rt ya biar mereka malu", "rt ya biar")]
    [InlineData("Please RT, this needs to be seen", "please rt")]
    [InlineData("spill dong nama tokonya", "spill")]
    [InlineData("thread ini bagus", "thread")]
    [InlineData("utas: pengalaman buruk saya", "utas")]
    [InlineData("boycott this brand", "boycott")]
    [InlineData("jangan beli di toko ini", "jangan beli di")]
    [InlineData("jgn pernah pake jasa mereka", "jgn pernah pake")]
    [InlineData("hati2 sama olshop ini", "hati hati sama")]
    [InlineData("kawal sampai tuntas ya guys", "kawal sampai")]
    [InlineData("no viral no justice", "no viral no justice")]
    [InlineData("bantu share ya teman2", "bantu share")]
    [InlineData("up biar dibaca admin", "up biar")]
    [InlineData("make this go viral", "make this go viral")]
    [InlineData("ayo diviralke ben kapok", "diviralke")] // Javanese
    [InlineData("viralkeun we atuh", "viralkeun")] // Sundanese
    [InlineData("tolong sebarkan kepada kawan-kawan", "sebarkan")] // Malay
    public void Calls_to_spread_are_viral(string text, string evidence)
    {
        var result = Detect(text);

        Assert.Equal(RiskSignals.Viral, result.Signals);
        Assert.Equal([evidence], result.Evidence);
    }

    [Theory]
    [InlineData("anak saya keracunan setelah minum", "keracunan")]
    [InlineData("ada transaksi yang tidak dikenal di rekening", "transaksi yang tidak dikenal")]
    [InlineData("ada transaksi yg bukan saya lakukan", "transaksi yg bukan saya lakukan")]
    [InlineData("my account was hacked yesterday", "account was hacked")]
    [InlineData("the charger meledak pas dicas", "meledak")]
    [InlineData("data pribadi nasabah bocor", "data pribadi nasabah bocor")]
    [InlineData("got food poisoning after eating there", "poisoning")]
    [InlineData("uang terpotong tanpa pemberitahuan", "terpotong tanpa")]
    [InlineData("there were two unauthorized transactions on my card", "unauthorized transactions")]
    [InlineData("kena phishing kemarin", "phishing")]
    [InlineData("ada yang minta OTP lewat WA", "minta otp")]
    [InlineData("penumpang terluka saat turbulensi", "terluka")]
    [InlineData("salah obat dari apotek", "salah obat")]
    [InlineData("hp ne njeblug pas dicas", "njeblug")] // Javanese
    [InlineData("abdi katipu ku batur", "katipu")] // Sundanese
    [InlineData("akaun saya digodam semalam", "akaun saya digodam")] // Malay
    [InlineData("kena scam lagi", "kena scam")]
    [InlineData("it's not safe to ride with them", "not safe")]
    public void Harm_fraud_and_account_takeover_are_safety(string text, string evidence)
    {
        var result = Detect(text);

        Assert.Equal(RiskSignals.Safety, result.Signals);
        Assert.Equal([evidence], result.Evidence);
    }

    [Fact]
    public void A_post_can_raise_several_signals_and_names_each_phrase_once()
    {
        var result = Detect("Akun saya dibobol, saldo hilang! Sudah lapor polisi. Tolong viralkan. Saldo hilang lagi.");

        Assert.Equal(RiskSignals.Legal | RiskSignals.Viral | RiskSignals.Safety, result.Signals);
        Assert.Equal(["akun saya dibobol", "saldo hilang", "lapor polisi", "viralkan"], result.Evidence);
    }

    [Theory]
    [InlineData("#BoikotKopiSenja sekarang juga", RiskSignals.Viral, "#boikotkopisenja")]
    [InlineData("#boycott", RiskSignals.Viral, "#boycott")]
    [InlineData("#viralkan", RiskSignals.Viral, "#viralkan")]
    [InlineData("#LaporPolisi aja", RiskSignals.Legal, "#laporpolisi")]
    [InlineData("#DataBocor lagi?", RiskSignals.Safety, "#databocor")]
    [InlineData("#PenipuanOnline marak", RiskSignals.Safety, "#penipuanonline")]
    [InlineData("#KawalKasusIni", RiskSignals.Viral, "#kawalkasusini")]
    [InlineData("@YLKI_ mohon dibantu", RiskSignals.Legal, "@ylki_")]
    public void Hashtags_and_mentions_count(string text, RiskSignals expected, string evidence)
    {
        var result = Detect(text);

        Assert.Equal(expected, result.Signals);
        Assert.Equal([evidence], result.Evidence);
    }

    [Theory]
    [InlineData("tolong viralkaaaan", RiskSignals.Viral, "viralkaaaan")]
    [InlineData("saya ketipuuuu", RiskSignals.Safety, "ketipuuuu")]
    [InlineData("pasien meninggaaal", RiskSignals.Safety, "meninggaaal")] // "meninggal" squeezed is "meningal"
    [InlineData("BOIKOOOT", RiskSignals.Viral, "boikooot")]
    [InlineData("#boikooottt", RiskSignals.Viral, "#boikooottt")]
    [InlineData("lapoooor polisi", RiskSignals.Legal, "lapoooor polisi")]
    public void Elongated_words_count(string text, RiskSignals expected, string evidence)
    {
        var result = Detect(text);

        Assert.Equal(expected, result.Signals);
        Assert.Equal([evidence], result.Evidence);
    }

    [Theory]
    [InlineData("sinyal lemot banget dari pagi, tolong dicek")]
    [InlineData("kopinya enak, pelayanan ramah")]
    [InlineData("refund saya kapan cair? udah 2 minggu")]
    [InlineData("kak mau tanya, paket data unlimited berapa?")]
    [InlineData("paket data bocor terus, kuota cepet habis")] // a complaint about quota, not a data leak
    [InlineData("thanks Sue for the quick help!")] // a name
    [InlineData("menuntut ilmu di kampus")]
    [InlineData("karyawan dituntut untuk cepat")]
    [InlineData("korban iklan nih, beli skincare ini")]
    [InlineData("it wouldn't hurt to add more seats")]
    [InlineData("pak RT minta data warga")]
    [InlineData("pasal berapa ya aturan refundnya?")] // "pasal" without a number
    [InlineData("jangan pake lama ya kak")]
    [InlineData("naikin harga lagi nih")]
    [InlineData("hati hati di jalan ya")]
    [InlineData("the food court was crowded")]
    [InlineData("penjualan meledak bulan ini")]
    [InlineData("life hack: pesan lewat app lebih murah")]
    [InlineData("transaksi tidak bisa dilakukan dari tadi")]
    [InlineData("Bank Sentosa terdaftar dan diawasi OJK")] // a bank's own footer
    [InlineData("tari saman di acara kantor")]
    [InlineData("pertunjukan luka lama")]
    [InlineData("the app keeps crashing and the battery died")]
    [InlineData("")]
    [InlineData("😂😂😂 https://example.com/x @budi 12345")]
    public void Plain_complaints_and_chatter_raise_nothing(string text)
    {
        var result = Detect(text);

        Assert.Same(RiskAssessment.None, result);
    }

    [Fact]
    public void Evidence_is_the_text_as_the_post_wrote_it_in_lower_case()
    {
        var result = Detect("Saya LAPOR aja ke POLISI");

        Assert.Equal(["lapor aja ke polisi"], result.Evidence);
    }

    [Fact]
    public void A_post_without_risk_allocates_nothing()
    {
        var tokens = TextNormaliser.Tokenise(
            "Sinyal Nusantel lemooot banget dari pagi di Bekasi, udah restart hp 3x tetep gak bisa buka apa2 #kecewa @nusantel_care 😡 tolong dicek kak, bayar mahal tapi begini terus tiap hari");
        Assert.InRange(tokens.Count, 28, 40);
        RiskDetector.Detect(tokens); // warm up: static initialisation and the frozen collections

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            Assert.Same(RiskAssessment.None, RiskDetector.Detect(tokens));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Tokens_of_every_kind_and_hostile_lengths_do_not_break_it()
    {
        var text = string.Concat(Enumerable.Repeat("lapor ", 5_000)) + new string('a', 10_000) + " #" + new string('b', 500) + " pasal";
        var result = Detect(text);

        Assert.Equal(RiskSignals.None, result.Signals);
    }
}
