namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddGeneric()
    {
        // Brand-agnostic posts: the generator supplies the brand.
        P(null, C, "id",
            "{at} tolong dong dibales DM nya, udah {dd} nunggu 🙏",
            "kecewa bgt sama {b}. udah komplain berkali2 ga ada solusi",
            "kapok pake {b}. sekali ini aja, abis itu ga lagi",
            "{b} tuh kalo promosi jago, kalo ada masalah ngilang {e-}",
            "udah telpon CS {b} {nx}, tiap telpon disuruh jelasin dari awal lagi. capek",
            "parah sih {b} pelayanannya. spill aja ya biar yg lain hati2",
            "^Dengan hormat, keluhan saya kepada {b} sejak {dd} lalu belum mendapat tanggapan. Mohon perhatiannya.",
            "{at} DM saya cuma dibales 'mohon ditunggu ya kak'. ditunggu sampe kapan min?",
            "makin ke sini {b} makin ga jelas pelayanannya. dulu ga gini",
            "viralkan aja kali ya biar {b} gerak. komplain baik2 ga ditanggepin",
            "gw udah sabar ya {b}. ini terakhir kali gw ngomong baik2",
            "udah konsultasi sama pengacara soal masalah gw sama {b}. kalo minggu ini ga beres, somasi jalan",
            "boikot {b} aja lah, pelanggan dianggap sapi perah {e-}");
        P(null, C, "en",
            "{at} still waiting on a reply to my DM from {dd} ago",
            "Really disappointed with {b} lately. Used to be so much better.",
            "{b} customer service is a maze with no exit");
        P(null, C, "jv",
            "{b} ki saiki kok ngene to, biyen ora ngene",
            "wis sabar aku {b}, tapi kok ora ono tanggapane blas");
        P(null, C, "su",
            "{b} ayeuna mah kacida, teu aya nu ngabales keluhan",
            "tos sabar pisan abdi, tapi {b} teu aya kajelasan",
            "{b} ayeuna mah pelayananana turun pisan, béda jeung baheula",
            "tos sababaraha kali ngawadul ka {at}, walerana kitu-kitu kénéh",
            "punten {min}, masalah abdi teu acan réngsé ti {dd}",
            "kesel pisan ka {b}, mayar awis tapi teu nyugemakeun {e-}");
        P(null, C, "jv",
            "{b} saiki pelayanane mudun tenan, biyen ora ngene",
            "wis bola-bali sambat nang {at}, jawabane mung 'mohon ditunggu'. nganti kapan?",
            "njaluk tulung {min}, masalahku durung rampung ket {dd}",
            "kesel aku karo {b}, mbayar larang tapi pelayanane ora nggenah {e-}");
        P(null, Q, "jv",
            "{min}, nek arep sambat nang {b} lewat ngendi sing paling cepet direspon?",
            "ono sing ngerti kantor {b} nang {city_jv} ora?",
            "{b} ono promo opo wae sasi iki lur?");
        P(null, Q, "su",
            "{min}, upami bade ngawadul ka {b} kedah ngalangkungan naon nu panggancangna?",
            "aya nu terang kantor {b} di {city_su}?",
            "{b} aya promo naon waé bulan ieu?");
        P(null, Pr, "jv",
            "matur nuwun {at}, masalahku wis rampung. cepet tenan {e+}",
            "jujur wae, {b} saiki luwih apik timbang biyen",
            "pelayanane {b} grapyak tenan, seneng aku");
        P(null, Pr, "su",
            "hatur nuhun {at}, masalah abdi tos réngsé. gancang pisan {e+}",
            "jujur, {b} ayeuna leuwih saé tibatan baheula",
            "pelayanan {b} someah pisan, resep");
        P(null, Ch, "jv",
            "konco-konco kantor lagi rame ngrasani {b} {lol}",
            "mbiyen aku ra seneng {b}, saiki malah langganan {lol}",
            "sopo sing kerjo nang {b}? penak ora?");
        P(null, Ch, "su",
            "babaturan kantor keur ramé ngobrolkeun {b} {lol}",
            "baheula mah teu resep ka {b}, ayeuna malah langganan {lol}",
            "saha nu damel di {b}? kumaha, betah teu?");
        P(null, C, "ms",
            "Kenapa servis {b} teruk sangat hari ni? Dah {dd} tunggu, tiada jawapan.",
            "Saya dah hantar email ke {b} tiga kali, langsung tak berbalas.");

        P(null, Q, "id",
            "{at} CS nya bisa dihubungin lewat mana ya selain DM?",
            "ada yg pernah komplain ke {b} dan berhasil? caranya gimana",
            "{min} email resmi {b} buat pengaduan apa ya?",
            "{b} ada kantor perwakilan di {city} ga sih?");
        P(null, Q, "en",
            "What's the best way to reach {b} support? Phone line just rings out.");
        P(null, Q, "ms",
            "Boleh guna kad Malaysia untuk bayar kat {b} tak?",
            "{b} ada cawangan dekat {city} tak? Saya bercuti sana minggu depan.");

        P(null, Pr, "id",
            "respon admin {b} cepet bgt, makasih 🙏",
            "jarang2 muji, tapi kali ini {b} keren sih pelayanannya",
            "tadinya mau marah2, tapi CS {b} ramah bgt jadi ga tega {lol}",
            "masalah beres dalam sehari. makasih {at} {e+}");
        P(null, Pr, "en",
            "{b} actually solved my issue in one go. Didn't expect that.",
            "Pleasantly surprised by {b} today. Good service.");
        P(null, Pr, "ms",
            "Servis {b} memang terbaik, laju dan mesra 👍",
            "Pertama kali guna {b} masa bercuti di {city}, puas hati.");

        P(null, Ch, "id",
            "ada yg kerja di {b}? gimana rasanya?",
            "timeline isinya {b} semua hari ini. ada apaan sih",
            "baru sadar logo {b} ganti ya? lebih fresh",
            "kalian pernah liat iklan {b} yg ada kucingnya? lucu bgt {lol}");
        P(null, Ch, "en",
            "Everyone in my office is talking about {b} today for some reason");
        P(null, Ch, "ms",
            "Kawan saya kat Jakarta asyik cerita pasal {b}. Best sangat ke?");

        // Two-brand posts (primary brand first; the second is named literally).
        K("cross", NT, C, "id",
            "NusaHome mati lagi, akhirnya kerja di Kopi Senja {area}. wifinya malah lebih kenceng {lol}",
            "sinyal {b} di bandara {airport} ilang total pas mau web check-in Rajawali Air. dua2nya bikin emosi",
            "bayar tagihan Nusantel Prima pake Sentosa Mobile gagal mulu. ini salah Nusantel atau Bank Sentosa sih?");
        K("cross", BL, C, "id",
            "top up Belanjain Pay dari Sentosa Mobile gagal tapi saldo kepotong {amt_m}. Bank Sentosa sama {b} saling lempar {e-}",
            "beli voucher Kopi Senja di {b}, kodenya ga bisa dipake di outlet. kasirnya juga bingung");
        K("cross", KS, Pr, "id",
            "bayar {b} pake Belanjain Pay dapet cashback 20%. lumayan {e+}",
            "pro tip: bayar pake kartu Bank Sentosa di {b} tiap jumat diskon 30%");
        K("cross", RA, Q, "id",
            "kartu kredit Bank Sentosa ada promo cicilan 0% tiket {b}, ada yg udah nyoba?",
            "beli tiket {b} di Belanjain lebih murah ga sih dibanding di web resminya?");
        K("cross", RA, C, "id",
            "{flight} delay {hh}, untung ada Kopi Senja di {airport}. lumayan buat nunggu, tapi tetep kesel sama {b}");
        K("cross", BL, Q, "id",
            "Belanjain Pay vs Sentosa Mobile buat bayar tagihan, enakan mana ya?");
        K("cross", KS, Pr, "en",
            "Pro tip: Bank Sentosa cardholders get a discount at {b} on Fridays. You're welcome.");
        K("cross", BL, C, "en",
            "Topped up Belanjain Pay from my Bank Sentosa account, money left the bank but never arrived. Both say it's the other's fault.");
        K("cross", RA, Pr, "en",
            "Booked Rajawali Air through Belanjain and it was actually cheaper than the airline's own site. Go figure.");
        K("cross", NT, Ch, "en",
            "Spent the morning in Kopi Senja because my NusaHome died again. Honestly not a bad trade.");

        // Keyword-collision noise: matches a brand keyword but is not about the brand.
        K("noise", null, Ch, "id",
            "gajian langsung belanjain semua, akhir bulan makan mi instan lagi {lol}",
            "uang THR jangan langsung dibelanjain semua ya guys, sisain buat nabung",
            "senja di pantai {beach} hari ini cakep bgt. ga perlu filter ✨",
            "kopi sama senja emang pasangan paling pas. puisi dikit ah",
            "nonton film Rajawali yg baru, action nya lumayan lah",
            "tim futsal Rajawali FC menang lagi malem ini 🔥",
            "semoga keluarga kita selalu sehat dan sentosa 🙏",
            "liat rajawali terbang di atas bukit pas hiking tadi, keren parah",
            "ibu2 arisan kompleks lagi semangat bgt belanjain duit kas buat acara 17an {lol}",
            "duit bulanan jangan dibelanjain skincare semua dong sayang",
            "macet parah di tol dalam kota, mending naik KRL tadi",
            "langit senja di {city} sore ini warnanya oranye banget ✨",
            "baru gajian, udah ditagih istri 'jangan dibelanjain yg aneh2 ya' {lol}",
            "lagu indie judulnya 'Kopi dan Senja' ada berapa sih sebenernya {lol}",
            "patung rajawali di bundaran {city} lagi dicat ulang, jadi lebih gagah",
            "nama kafe di {city} kok banyak banget yg pake kata 'senja' ya");
        K("noise", null, Ch, "en",
            "Sentosa Island is packed today, should've come on a weekday",
            "Senja means dusk in Indonesian. Learned that today and now I see it everywhere.",
            "The senja over {beach} tonight was unreal. No filter needed.",
            "Watched a rajawali (eagle) circling over the rice fields near Ubud. Magical.",
            "Day 3 in {city}: still haven't figured out the traffic, but the sunsets (senja!) make up for it.");
    }
}
