namespace Pantau.DemoCorpus;

/// <summary>
/// The scripted crisis: a Nusantel customer billed Rp 4.750.000 for roaming she never used, hung up on by customer service,
/// then threatened with the ITE law. Starts at <see cref="CrisisStart"/> and snowballs over ~2 hours.
/// A leading "!" in the comment lists below marks the text as a complaint; everything else is chatter.
/// </summary>
internal sealed partial class Generator
{
    public const double CrisisStart = 1801.7;
    private const int GenericCrisisPosts = 262;

    private const string OriginalText =
        "Aku ditagih Rp 4.750.000 sama @nusantel buat roaming, padahal aku ga pernah ke luar negeri sama sekali. Udah 3x telpon CS, 3x juga telponnya ditutup. Terus tadi ada yg nelpon ngaku dari Nusantel, katanya status FB aku soal ini mau dilaporin UU ITE... ini beneran @nusantel? 😭";

    private static readonly string[] QuoteId =
    [
        "!ini parah sih", "!spill dong kak, nomor yg nelpon itu", "!boikot nusantel", "!viralkan!", "!RT biar @nusantel baca",
        "!nagih 4,7 juta terus ngancem UU ITE? serius??", "!pantes tagihan Nusantel Prima gw bulan lalu juga aneh",
        "!UU ITE lagi, UU ITE lagi", "lapor YLKI kak, jangan takut", "semangat kak dinda 🙏", "!@nusantel jawab dong",
        "!gw pelanggan Nusantel 8 tahun, baru kali ini malu", "!mau pindah provider aja lah kalo gini caranya",
        "ini harusnya masuk berita sih", "udah ada pengacara yg mau bantu belum?", "!kok bisa CS nutup telpon sampe 3x 🙃",
        "!sumpah ini bikin takut komplain", "!Dear @nusantel, pelanggan ngeluh itu hak, bukan pidana", "kawal sampe tuntas",
        "!pelanggan komplain malah diancam. logikanya di mana @nusantel", "!yg kaya gini kalo ga viral ga bakal diurus",
        "!roaming ke mana kak? ke dapur? 🙃", "!4,75 JUTA. buat roaming yg ga pernah dipake. gila", "cek tagihan kalian gaes, jangan2 kena juga",
        "!ngeri bgt, komplain dikit langsung diancam pidana", "!ini perusahaan telekomunikasi apa debt collector", "bantu up",
        "!kalo bener, ini udah masuk intimidasi konsumen", "pengen tau klarifikasi Nusantel kaya apa", "!fix ga bakal perpanjang NusaHome",
        "up! biar sampe ke direksinya", "!makin yakin buat cabut dari nusantel",
    ];

    private static readonly string[] QuoteEn =
    [
        "!This is insane. A telco threatening a customer with the ITE law for complaining?", "!Nusantel needs to answer for this.",
        "Boosting. Consumer rights matter.", "!How is this even legal", "!Billing someone Rp 4.75m for roaming they never used and then threatening them. Wow.",
    ];

    private static readonly string[] QuoteJv = ["!iki parah tenan, kok iso ngono @nusantel", "!wis ditagih 4,7 yuto, diancem barang. jan ra mashok", "!ngeri tenan, sambat wae iso dipidana"];

    private static readonly string[] QuoteSu = ["!parah pisan ieu, kedah diviralkeun", "!naha bet kitu @nusantel, konsumén ngawadul malah diancam", "!matak sieun ngawadul ari kieu mah"];

    private static readonly string[] ReplyId =
    [
        "kak simpan semua bukti ya, rekaman telpon juga", "semangat kak, kita kawal 🙏",
        "!aku juga pernah ditagih roaming padahal di rumah aja 😭 akhirnya bayar krn capek ngurusnya", "udah coba lapor ke BPSK kak?",
        "kak, nomor yg nelpon ngaku dari Nusantel itu nomor resmi ga? jangan2 penipu", "DM aku kak, aku kenal pengacara yg biasa nanganin kasus konsumen",
        "kak jangan dihapus ya postingannya", "ikut emosi bacanya. semoga cepet beres kak", "kak minta rincian pemakaian roamingnya, biasanya keliatan dari negara mana",
        "!temen aku juga kena tagihan aneh di Nusantel Prima, sampe sekarang belum beres", "kak kalo ditelpon lagi rekam ya, penting buat bukti",
        "sabar ya kak, ini udah rame kok. pasti mereka gerak", "!ya Allah 4,7 juta 😭 gaji aku sebulan aja ga segitu", "kak tenang, ngeluh soal layanan itu dilindungi UU Perlindungan Konsumen",
    ];

    private static readonly string[] ReplyOther =
    [
        "en|Keep every receipt and call log. You've got this.", "en|Sending support from Singapore. Don't let them scare you.",
        "jv|sing sabar mbak, ojo wedi. akeh sing ndukung", "su|sing sabar téh, urang kawal babarengan",
    ];

    private static readonly string[] CommentaryId =
    [
        "!baru baca soal pelanggan Nusantel yg diancam UU ITE. gila ya, komplain aja sekarang bisa dipolisiin",
        "cek tagihan Nusantel Prima kalian gaes, jangan2 ada roaming siluman juga", "Nusantel trending nomor 1. bukan karena prestasi",
        "ini kenapa UU ITE perlu direvisi beneran. dipake buat nakut2in konsumen", "hari ini belajar: jangan pernah takut komplain. #NusantelAncamPelanggan",
        "!yg kerja di Nusantel, tolong sampein ke atasan kalian. ini udah parah", "abis baca thread soal Nusantel langsung cek tagihan. aman sih, tapi tetep was2",
        "!plis Nusantel, klarifikasi. diem aja bikin makin curiga", "!kalo beneran ada 'oknum' yg nelpon ngancem, Nusantel harus usut tuntas",
        "!sebagai pelanggan NusaHome, gw jadi mikir2 buat lanjut #boikotnusantel", "!CS Nusantel nutup telpon 3x tuh bener2 kebangetan sih",
        "orang Indonesia: komplain di medsos. perusahaan: UU ITE. kapan belajarnya", "!tagihan roaming 4,7 juta padahal ga ke mana2. Nusantel sehat?",
        "grup WA keluarga udah rame bahas Nusantel. om gw langsung nanya cara cek roaming", "!udah 2 jam rame dan Nusantel masih diem. PR nya ngapain aja",
        "!fix ini mah gw pindah provider. #boikotnusantel", "admin Nusantel hari ini pasti lembur",
        "kasus Nusantel ini contoh kenapa perusahaan harus punya social listening yg bener. telat sedikit langsung meledak",
        "!pelanggan lama Nusantel di sini. kecewa berat sama cara mereka nanganin ini",
    ];

    private static readonly string[] CommentaryOther =
    [
        "en|Indonesian Twitter is on fire about #nusantel charging a woman Rp 4.75m for roaming she never used, then allegedly threatening her with the ITE law.",
        "en|Reminder that Indonesia's ITE law keeps getting used to silence consumer complaints. The Nusantel case is just the latest.",
        "en|!My Nusantel Prima bill also had a weird roaming line last month. Checking everything now.",
        "jv|!Nusantel lagi rame, ditagih roaming 4,7 yuto padahal ra tau lungo. ngeri tenan", "jv|wong sambat kok diancem UU ITE. Nusantel ki piye to",
        "su|!kasus Nusantel ieu matak sieun ngawadul. konsumén téh kedah dibéla", "su|ieu Nusantel kunaon, nu ngawadul malah diancam",
    ];

    private static readonly string[] ReactionId =
    [
        "!telat minta maafnya, nunggu viral dulu baru gerak", "!oke, tagihannya dibatalin. terus CS yg nutup telpon 3x itu gimana?",
        "setidaknya mereka minta maaf. semoga ga terulang", "!minta maaf doang? hasil investigasi soal yg ngancem UU ITE mana",
        "the power of netizen. selamat kak dinda 🙏", "!kalo ga viral, kak dinda udah bayar 4,7 juta. inget itu",
        "good move @nusantel, tapi benerin sistem tagihannya juga", "!maaf diterima, tapi pelanggan lain yg kena tagihan aneh gimana?",
        "alhamdulillah beres. tapi jangan lupa, kita harus tetep berani komplain", "!permintaan maaf template. 'kami sedang menyelidiki' udah sering denger",
        "lega bacanya. semoga ini jadi pelajaran buat Nusantel", "!udah dibatalin ya bagus, tapi kepercayaan gw ke Nusantel udah terlanjur ilang",
    ];

    private static readonly string[] ReactionOther =
    [
        "en|Glad they backed down, but this shouldn't need to go viral first.", "en|Apology noted. Now fix the billing system, @nusantel.",
        "jv|yo ngono kuwi, kudu viral sik lagi digarap", "su|alhamdulillah réngsé, tapi naha kedah viral heula",
    ];

    private static readonly string[] NewsShareId =
    [
        "udah masuk berita aja", "akhirnya diberitain. @nusantel masih diem aja?", "beritanya udah keluar. kita tunggu jawaban Nusantel",
        "media udah mulai ngeliput. semoga Nusantel cepet tanggung jawab", "nah kan, masuk portal berita",
    ];

    private static readonly string[] CopyPrefixes =
    [
        "Copas dari twitter:\n\n", "Copas dari sebelah 👇\n\n", "Viral di X. ", "Buat yg belum baca:\n", "Ini kejadian temennya temen aku. ",
        "repost dari X biar makin rame:\n", "Hati2 yg pake Nusantel Prima, baca ini: ", "",
    ];

    private static readonly string[] CopySuffixes =
    [
        "", "", "\n\n#boikotnusantel", " #NusantelAncamPelanggan", "\n\nsumber: X @dinda_rhm", " 😡😡", "\n\nTolong bantu share ya",
    ];

    private Post? _cOriginal;
    private Post? _cCare;
    private Post? _cThreadHead;
    private Post? _cKabarTweet;
    private Post? _cLedgerTweet;
    private Post? _cOfficial;
    private Post? _cReddit;
    private Post? _cEmail;
    private readonly List<(Post Post, double Weight)> _cAmplifiers = [];
    private readonly HashSet<(Author, Post)> _cReposted = [];

    private static int CrisisTemplateCount =>
        QuoteId.Length + QuoteEn.Length + QuoteJv.Length + QuoteSu.Length + ReplyId.Length + ReplyOther.Length + CommentaryId.Length
        + CommentaryOther.Length + ReactionId.Length + ReactionOther.Length + NewsShareId.Length + 30;

    private void AddCrisisSlots(List<Slot> slots, ref int order)
    {
        var o = order;
        void At(double minutes, Func<double, Post?> make) => slots.Add(new Slot(CrisisStart + (minutes * 60), o++, make));

        At(0, CrisisOriginal);
        At(3.5, t => Scripted(t, "tasya_wulandr", "ya ampun din, serius?? nanti kalo ada apa2 kabarin aku ya 😢", Intents.Chatter, reply: _cOriginal));
        At(9.2, t => Amplify(Scripted(t, "bang_irwan_", "ini parah sih. nagih roaming ke orang yg ga pernah ke luar negeri, terus ngancem UU ITE? @nusantel tolong dijelasin",
            Intents.Complaint, quote: _cOriginal, virality: 3), 0.8));
        At(14.1, t => _cCare = Scripted(t, "nusantel_care",
            "Hai Kak Dinda, mohon maaf atas ketidaknyamanannya 🙏 Boleh dibantu info nomor Nusantel Prima dan detail kendalanya via DM? Kami bantu cek ya. -Nanda",
            Intents.CareReply, reply: _cOriginal));
        At(19.4, t => CrisisAmbient(t, "!balesannya template banget 🙃 orang nanya soal ancaman UU ITE dijawabnya 'boleh dibantu via DM'", _cCare));
        At(22.3, t => Scripted(t, "dinda_rhm", "udah DM dari kemarin min, jawabannya cuma 'mohon ditunggu'. terus yg soal UU ITE itu gimana? beneran dari kalian?",
            Intents.Complaint, reply: _cCare, virality: 4));
        At(31.0, t => Scripted(t, "dinda_rhm",
            "update: barusan CS Nusantel nelpon lagi, katanya tagihan tetep harus dibayar krn 'sesuai sistem'. padahal bulan lalu aku di Jakarta terus, absen kantor juga ada 😭",
            Intents.Complaint, reply: _cOriginal, virality: 6));
        At(38.4, t => CrisisCopy(t, Networks.Facebook, "Copas dari twitter:\n\n"));
        At(47.0, CrisisReddit);
        At(52.3, t => Amplify(Scripted(t, "ahmadsyarif_law",
            "Catatan hukum singkat: mengeluhkan layanan dengan jujur bukan pencemaran nama baik. Konsumen dilindungi UU 8/1999. Kak @dinda_rhm, kalau butuh pendampingan, DM saya. #NusantelAncamPelanggan",
            Intents.Chatter, quote: _cOriginal, virality: 3), 1.2));
        At(58.0, t => _cThreadHead = Amplify(Scripted(t, "raka_opini",
            "Thread soal kasus mbak @dinda_rhm vs @nusantel. Gue udah baca semuanya, dan ini bukan cuma soal tagihan 4,7 juta. Ini soal perusahaan besar yang nakutin konsumennya pakai UU ITE. 🧵",
            Intents.Chatter, virality: 2.5), 2.5));
        At(59.1, t => Scripted(t, "raka_opini",
            "Kronologinya: tagihan roaming Rp 4.750.000 muncul padahal dia ga pernah ke luar negeri. Komplain ke CS, telpon diputus 3x. Pas dia cerita di FB, ada yg nelpon ngaku dari Nusantel bilang mau lapor UU ITE.",
            Intents.Chatter, reply: _cThreadHead, virality: 1.2));
        At(60.0, t => Scripted(t, "raka_opini",
            "Kalau ini bener, ini jelas pelanggaran hak konsumen. UU Perlindungan Konsumen jelas: konsumen berhak didengar keluhannya. Mengeluh di medsos bukan pencemaran nama baik.",
            Intents.Chatter, reply: Last("raka_opini"), virality: 1));
        At(61.2, t => Scripted(t, "raka_opini",
            "Saran buat yg ngalamin hal serupa: simpan semua bukti (tagihan, log telpon, rekaman), lapor ke YLKI atau BPSK. Dan @nusantel, tolong jawab dengan jelas: itu beneran dari kalian atau bukan? #NusantelAncamPelanggan",
            Intents.Chatter, reply: Last("raka_opini"), virality: 1.5));
        At(66.0, t => CrisisCopy(t, Networks.Instagram, "Buat yang belum baca, ini dari X 👇\n\n"));
        At(74.0, CrisisEmailForward);
        At(79.5, CrisisEmailReply);
        At(83.0, t => Scripted(t, "dinda_rhm",
            "ya ampun ini rame banget. makasih semuanya yg udah support 🙏 aku cuma mau tagihannya dibenerin, bukan mau cari ribut",
            Intents.Chatter, reply: _cOriginal, virality: 8));
        At(86.0, t => Scripted(t, "tono@kopi.social.example",
            "Kasus tagihan roaming Nusantel yang viral hari ini mengingatkan lagi: pasal karet UU ITE masih dipakai untuk menakut-nakuti konsumen. Mengeluh bukan kejahatan. #nusantel #UUITE",
            Intents.Chatter, network: Networks.Mastodon));
        At(92.0, t => CrisisArticle(t, "kabarkini.example", "Pelanggan Nusantel Diancam UU ITE Usai Keluhkan Tagihan Roaming Rp 4,7 Juta",
            "JAKARTA, KabarKini — Keluhan seorang pelanggan Nusantel soal tagihan roaming senilai Rp 4.750.000 ramai diperbincangkan di media sosial, Senin (23/11/2026). Pelanggan tersebut mengaku tidak pernah bepergian ke luar negeri, teleponnya ke layanan pelanggan diputus tiga kali, dan justru diancam akan dilaporkan dengan UU ITE setelah mengunggah keluhannya. Hingga berita ini diturunkan, Nusantel belum memberikan tanggapan resmi."));
        At(93.1, t => _cKabarTweet = Amplify(CrisisOutletTweet(t, "kabarkini", "kabarkini.example",
            "Pelanggan Nusantel diancam UU ITE usai keluhkan tagihan roaming Rp 4,7 juta. Nusantel belum memberi tanggapan. #NusantelAncamPelanggan"), 1.5));
        At(97.0, t => CrisisArticle(t, "wartaniaga.example", "Viral Tagihan Roaming Rp 4,75 Juta, Pegiat Konsumen Minta Nusantel Beri Penjelasan",
            "JAKARTA, Warta Niaga — Pegiat perlindungan konsumen meminta PT Nusantel Tbk segera memberikan penjelasan terbuka terkait tagihan roaming Rp 4,75 juta yang dikeluhkan seorang pelanggan. Ancaman pelaporan dengan UU ITE terhadap konsumen yang menyampaikan keluhan dinilai tidak dapat dibenarkan."));
        At(101.0, t => CrisisArticle(t, "jakartaledger.example", "Nusantel customer says she was threatened with ITE law after complaining about roaming bill",
            "JAKARTA, The Jakarta Ledger — A complaint by a Nusantel customer who says she was billed Rp 4.75 million for roaming she never used, and was later threatened with a police report under the Electronic Information and Transactions (ITE) Law, went viral on Monday. Nusantel has not yet commented.",
            "en"));
        At(102.2, t => _cLedgerTweet = CrisisOutletTweet(t, "jakartaledger", "jakartaledger.example",
            "Nusantel customer says she was threatened with ITE law after complaining about a Rp 4.75m roaming bill she never ran up. #nusantel", "en"));
        At(104.0, t => CrisisArticle(t, "teknopekan.example", "Cara Cek Rincian Tagihan Roaming Nusantel Prima agar Tidak Kecolongan",
            "TeknoPekan — Menyusul viralnya keluhan tagihan roaming Rp 4,75 juta, banyak pelanggan Nusantel Prima bertanya cara memeriksa rincian pemakaian. Berikut langkah mengecek tagihan dan menonaktifkan layanan roaming lewat aplikasi Nusantel."));
        At(108.0, t => Amplify(Scripted(t, "bintang_komedi", "gw ditagih roaming 4,7 juta? gw ke Bekasi aja jarang. #NusantelAncamPelanggan",
            Intents.Chatter, quote: _cOriginal, virality: 2), 2));
        At(113.0, t => _cOfficial = Scripted(t, "nusantel",
            "Kami mohon maaf atas pengalaman tidak menyenangkan yang dialami Kak Dinda. Nusantel tidak pernah dan tidak akan melaporkan pelanggan atas keluhannya. Tagihan roaming tsb sudah kami batalkan, dan kami sedang menyelidiki pihak yang menghubungi beliau. 🙏",
            Intents.CareReply, reply: _cOriginal, virality: 0.15));
        At(114.2, t => Scripted(t, "nusantel", OfficialLong, Intents.News, network: Networks.Instagram, virality: 0.2));
        At(115.1, t => Scripted(t, "nusantel", OfficialLong, Intents.News, network: Networks.Facebook, virality: 0.15));
        At(118.0, t => Amplify(Scripted(t, "dinda_rhm",
            "Update: barusan Nusantel telpon langsung, minta maaf & tagihan roamingnya dibatalin. Soal yg ngancem UU ITE katanya lagi diinvestigasi. Makasih banyak semuanya 🙏",
            Intents.Chatter, quote: _cOfficial, virality: 10), 2));
        At(121.0, t => CrisisArticle(t, "jurnalnusa.example", "Nusantel Minta Maaf dan Batalkan Tagihan Roaming Pelanggan yang Viral",
            "JAKARTA, Jurnal Nusa — PT Nusantel Tbk menyampaikan permintaan maaf terbuka dan membatalkan tagihan roaming Rp 4.750.000 milik pelanggan yang keluhannya viral di media sosial. Perusahaan menegaskan tidak pernah melaporkan pelanggan atas keluhan dan tengah menyelidiki pihak yang mengaku sebagai petugasnya."));
        At(122.3, t => CrisisOutletTweet(t, "jurnalnusa", "jurnalnusa.example",
            "Nusantel minta maaf dan batalkan tagihan roaming Rp 4,75 juta milik pelanggan yang viral. #nusantel"));
        At(126.0, t => Scripted(t, "raka_opini",
            "Bagus, tapi jangan berhenti di permintaan maaf. Usut siapa yg nelpon ngancem UU ITE, dan kenapa CS bisa nutup telpon 3x. Kami tunggu hasil investigasinya @nusantel. #NusantelAncamPelanggan",
            Intents.Chatter, quote: _cOfficial, virality: 1.5));
        At(140.0, t => CrisisArticle(t, "wartaniaga.example", "Saham Nusantel Melemah 2,1 Persen di Tengah Viralnya Keluhan Pelanggan",
            "JAKARTA, Warta Niaga — Saham PT Nusantel Tbk (NUST) ditutup melemah 2,1 persen pada perdagangan Senin sore, di tengah ramainya pemberitaan soal keluhan pelanggan terkait tagihan roaming. Analis menilai dampaknya bersifat jangka pendek selama perusahaan menuntaskan investigasi."));
        At(151.0, t => _cReddit is null ? null : Scripted(t, "expat_in_kemang",
            "Update: Nusantel apologised and cancelled the bill. Still no word on who made the threatening call though.", Intents.Chatter,
            reply: _cReddit, network: Networks.Reddit, lang: "en"));

        // Generic snowball: intensity doubles every 15 min up to ~+115 min, then decays after the apology.
        const double step = 6;
        var grid = new List<double>();
        var cum = new List<double>();
        double total = 0;
        for (var tau = 90.0; tau < 200 * 60; tau += step)
        {
            var m = tau / 60;
            var w = m < 115 ? Math.Pow(2, m / 15) : Math.Pow(2, 115.0 / 15) * Math.Pow(2, -(m - 115) / 9);
            total += w;
            grid.Add(tau);
            cum.Add(total);
        }

        for (var i = 0; i < GenericCrisisPosts; i++)
        {
            // Stratified sampling keeps the per-bucket counts close to the intended curve.
            var u = (i + _r.Next()) / GenericCrisisPosts * total;
            var idx = cum.BinarySearch(u);
            if (idx < 0)
            {
                idx = ~idx;
            }

            var tau = grid[Math.Min(idx, grid.Count - 1)] + (_r.Next() * step);
            slots.Add(new Slot(CrisisStart + tau, o++, CrisisGeneric));
        }

        order = o;
    }

    private const string OfficialLong =
        "KLARIFIKASI DAN PERMOHONAN MAAF\n\nSehubungan dengan keluhan pelanggan kami terkait tagihan roaming sebesar Rp 4.750.000, Nusantel menyampaikan:\n1. Kami memohon maaf atas pengalaman tidak menyenangkan yang dialami pelanggan kami.\n2. Tagihan roaming tersebut merupakan kesalahan sistem dan telah dibatalkan sepenuhnya.\n3. Nusantel tidak pernah dan tidak akan melaporkan pelanggan yang menyampaikan keluhan. Kami sedang menyelidiki pihak yang menghubungi pelanggan atas nama Nusantel.\n4. Kami mengevaluasi prosedur layanan call center kami.\n\nTerima kasih atas perhatian dan masukan seluruh pelanggan. #nusantel";

    private Post? Last(string handle) => _posts.LastOrDefault(p => p.Author.Handle == handle);

    private Post? Amplify(Post? p, double weight)
    {
        if (p is not null)
        {
            _cAmplifiers.Add((p, weight));
        }

        return p;
    }

    private Post CrisisOriginal(double t)
    {
        var p = Add(t, Networks.X, _a["dinda_rhm"], OriginalText, "id", Intents.Complaint, Brand.Nusantel, null, null, null, null, true);
        p.Likes = 48_210;
        p.Shares = 21_877;
        p.Replies = 3_412;
        p.EngagementSet = true;
        _cOriginal = p;
        return p;
    }

    private Post? Scripted(double t, string handle, string text, string intent, Post? reply = null, Post? quote = null, double virality = 1,
        string? network = null, string lang = "id")
    {
        var net = network ?? (reply ?? quote)?.Network ?? Networks.X;
        // Replies in one's own thread carry no leading @mention.
        if (reply is not null && net is Networks.X && !text.StartsWith('@') && reply.Author.Handle != handle)
        {
            text = "@" + reply.Author.Handle + " " + text;
        }

        var p = Add(t, net, _a[handle], text, lang, intent, Brand.Nusantel, null, reply, null, quote, true);
        p.Virality = virality;
        return p;
    }

    private Post? CrisisAmbient(double t, string marked, Post? quote)
    {
        var (text, intent) = Unmark(marked);
        var author = _a.PersonFor("id");
        var p = Add(t, Networks.X, author, EnsureCrisisMention(text, t), "id", intent, Brand.Nusantel, null, null, null, quote, true);
        p.Virality = 2;
        return p;
    }

    private static (string Text, string Intent) Unmark(string s) =>
        s.StartsWith('!') ? (s[1..], Intents.Complaint) : (s, Intents.Chatter);

    private static string EnsureCrisisMention(string text, double t)
    {
        if (Mentions(text, Brand.Nusantel))
        {
            return text;
        }

        return text + ((t - CrisisStart) / 60 > 50 ? " #NusantelAncamPelanggan" : " @nusantel");
    }

    private Post CrisisCopy(double t, string network, string? prefix = null)
    {
        var author = _a.PersonFor("id");
        var text = (prefix ?? _r.Pick(CopyPrefixes)) + Mutate(OriginalText) + _r.Pick(CopySuffixes);
        var p = Add(t, network, author, text, "id", Intents.Complaint, Brand.Nusantel, null, null, null, null, true);
        p.Virality = 1.5;
        return p;
    }

    /// <summary>Near-verbatim copy: the small edits people make when pasting a post elsewhere.</summary>
    private string Mutate(string s)
    {
        if (_r.Chance(0.35))
        {
            return s;
        }

        if (_r.Chance(0.4))
        {
            s = s.Replace(" ga ", " gak ", StringComparison.Ordinal);
        }

        if (_r.Chance(0.3))
        {
            s = s.Replace("@nusantel", "Nusantel", StringComparison.Ordinal);
        }

        if (_r.Chance(0.3))
        {
            s = s.Replace(" 😭", "", StringComparison.Ordinal);
        }

        if (_r.Chance(0.25))
        {
            s = s.Replace("3x", "tiga kali", StringComparison.Ordinal);
        }

        if (_r.Chance(0.2))
        {
            s = s.Replace("Aku", "Dia", StringComparison.Ordinal).Replace("aku", "dia", StringComparison.Ordinal);
        }

        if (_r.Chance(0.15))
        {
            s = s.Replace("yg", "yang", StringComparison.Ordinal);
        }

        return s;
    }

    private Post? CrisisReddit(double t)
    {
        var author = _a["throwaway_jkt2026"];
        const string title = "Nusantel allegedly threatened a customer with the ITE law after she complained about a Rp 4.75m roaming bill";
        const string text = "Saw this blowing up on X. A Nusantel customer says she was billed Rp 4,750,000 for roaming even though she never left Indonesia, CS hung up on her three times, and then someone claiming to be from Nusantel told her she'd be reported under UU ITE for posting about it on Facebook. Anyone else had weird roaming charges on Nusantel Prima?";
        var p = Add(t, Networks.Reddit, author, text, "en", Intents.Complaint, Brand.Nusantel, title, null, null, null, true);
        p.Virality = 1.5;
        _cReddit = p;
        return p;
    }

    private Post? CrisisEmailForward(double t)
    {
        var author = _a["rina.w@mail.example"];
        var text = "Bapak/Ibu warga, saya teruskan dari grup sebelah. Mohon cek tagihan Nusantel Prima masing-masing, jangan sampai kecolongan.\n\n---------- Forwarded message ----------\n\""
                   + OriginalText + "\"\n\nSalam,\nRina";
        _cEmail = Add(t, Networks.Email, author, text, "id", Intents.Complaint, Brand.Nusantel,
            "Fwd: Pelanggan Nusantel ditagih roaming Rp 4,75 juta lalu diancam UU ITE", null, null, null, true);
        return _cEmail;
    }

    private Post? CrisisEmailReply(double t)
    {
        if (_cEmail is null)
        {
            return null;
        }

        var author = _a["hendra.gunawan@mail.example"];
        const string text = "Terima kasih infonya, Bu Rina. Saya barusan cek tagihan Nusantel Prima di rumah, alhamdulillah tidak ada roaming. Tapi memang mengkhawatirkan kalau pelanggan yang mengeluh malah diancam.\n\nSalam,\nHendra";
        return Add(t, Networks.Email, author, text, "id", Intents.Chatter, Brand.Nusantel, "Re: " + _cEmail.Title, _cEmail, null, null, true);
    }

    private Post CrisisArticle(double t, string site, string title, string lead, string lang = "id")
    {
        var p = Add(t, Networks.Feed, _a[site], lead, lang, Intents.News, Brand.Nusantel, title, null, null, null, true);
        p.Virality = 3;
        return p;
    }

    private Post? CrisisOutletTweet(double t, string handle, string site, string text, string lang = "id")
    {
        var article = _posts.LastOrDefault(p => p.Crisis && p.Author.Handle == site);
        var full = article is null ? text : text + " " + article.Url;
        var p = Add(t, Networks.X, _a[handle], full, lang, Intents.News, Brand.Nusantel, null, null, null, null, true);
        p.Virality = 2;
        return p;
    }

    private Post? CrisisGeneric(double t)
    {
        if (_cOriginal is null)
        {
            return null;
        }

        var m = (t - CrisisStart) / 60;
        var afterNews = _cKabarTweet is not null;
        var afterApology = _cOfficial is not null;
        var type = _r.Weighted<string>([
            ("repost", 0.38), ("quote", 0.18), ("reply", 0.13), ("copy", 0.09), ("commentary", 0.16),
            ("newsshare", afterNews ? 0.05 : 0), ("reaction", afterApology ? 0.45 : 0),
        ]);

        switch (type)
        {
            case "repost":
            {
                var targets = new List<(Post Post, double Weight)> { (_cOriginal, afterApology ? 3 : 6) };
                targets.AddRange(_cAmplifiers.Where(a => a.Post.Network == Networks.X));
                if (afterApology && _cOfficial is not null)
                {
                    targets.Add((_cOfficial, 1.5));
                }

                var target = _r.Weighted(targets.Select(x => (x.Post, x.Weight)).ToList());
                var lang = target.Lang == "en" ? "en" : "id";
                Author author = _a.PersonFor(lang);
                for (var i = 0; i < 10 && (_cReposted.Contains((author, target)) || author == target.Author); i++)
                {
                    author = _a.PersonFor(lang);
                }

                _cReposted.Add((author, target));
                var intent = target.Intent == Intents.CareReply ? Intents.Chatter : target.Intent;
                return Add(t, Networks.X, author, "RT @" + target.Author.Handle + ": " + target.Text, target.Lang, intent, Brand.Nusantel,
                    null, null, target, null, true);
            }

            case "quote":
            {
                var targets = new List<(Post Post, double Weight)> { (_cOriginal, 5) };
                if (_cCare is not null && m < 60)
                {
                    targets.Add((_cCare, 1));
                }

                if (_cThreadHead is not null)
                {
                    targets.Add((_cThreadHead, 1.5));
                }

                if (_cKabarTweet is not null)
                {
                    targets.Add((_cKabarTweet, 1));
                }

                if (_cOfficial is not null)
                {
                    targets.Add((_cOfficial, 4));
                }

                var target = _r.Weighted(targets);
                var (lang, marked) = target == _cOfficial ? PickLangText(ReactionId, ReactionOther) : PickQuote();
                var (text, intent) = Unmark(marked);
                var p = Add(t, Networks.X, _a.PersonFor(lang), EnsureCrisisMention(text, t), lang, intent, Brand.Nusantel, null, null, null, target, true);
                p.Virality = 1.5;
                if (_r.Chance(0.15))
                {
                    _cAmplifiers.Add((p, 0.3));
                }

                return p;
            }

            case "reply":
            {
                var target = _cThreadHead is not null && _r.Chance(0.25) ? _cThreadHead : _cOriginal;
                var (lang, marked) = afterApology && _r.Chance(0.4)
                    ? PickLangText(ReactionId, ReactionOther)
                    : target == _cOriginal ? PickLangText(ReplyId, ReplyOther) : PickQuote();
                var (text, intent) = Unmark(marked);
                return Add(t, Networks.X, _a.PersonFor(lang), "@" + target.Author.Handle + " " + EnsureCrisisMention(text, t), lang, intent, Brand.Nusantel, null, target, null, null, true);
            }

            case "copy":
            {
                var net = _r.Weighted<string>([(Networks.Facebook, 0.38), (Networks.Instagram, 0.32), (Networks.X, 0.18), (Networks.Mastodon, 0.12)]);
                if (net == Networks.Mastodon)
                {
                    var author = _r.Pick(_a.MastodonUsers.Where(u => u.Langs.Contains("id")).ToList());
                    return Add(t, net, author, "Dari X: " + Mutate(OriginalText), "id", Intents.Complaint, Brand.Nusantel, null, null, null, null, true);
                }

                var p = CrisisCopy(t, net);
                if (net == Networks.X && p.Text.Length > 280)
                {
                    p.Text = p.Text.Replace("Copas dari twitter:\n\n", "", StringComparison.Ordinal);
                    if (p.Text.Length > 280)
                    {
                        p.Text = p.Text[..277].TrimEnd() + "...";
                    }
                }

                return p;
            }

            case "newsshare":
            {
                var tweet = _cLedgerTweet is not null && _r.Chance(0.2) ? _cLedgerTweet : _cKabarTweet!;
                var en = tweet == _cLedgerTweet;
                var text = en ? _r.PickOf("It's in the news now.", "Even the English-language press picked it up.") : _r.Pick(NewsShareId);
                return Add(t, Networks.X, _a.PersonFor(en ? "en" : "id"), EnsureCrisisMention(text, t), en ? "en" : "id", Intents.Chatter, Brand.Nusantel,
                    null, null, null, tweet, true);
            }

            case "reaction":
            {
                var (lang, marked) = PickLangText(ReactionId, ReactionOther);
                var (text, intent) = Unmark(marked);
                var net = _r.Weighted<string>([(Networks.X, 0.6), (Networks.Instagram, 0.2), (Networks.Facebook, 0.2)]);
                Post? reply = null;
                if (net != Networks.X)
                {
                    reply = _posts.LastOrDefault(p => p.Crisis && p.Author.Handle == "nusantel" && p.Network == net);
                }
                else if (_r.Chance(0.5))
                {
                    reply = _cOfficial;
                }

                if (reply is not null && net == Networks.X)
                {
                    text = "@nusantel " + text;
                }

                return Add(t, net, _a.PersonFor(lang), EnsureCrisisMention(text, t), lang, intent, Brand.Nusantel, null, reply, null, null, true);
            }

            default:
            {
                var (lang, marked) = PickLangText(CommentaryId, CommentaryOther);
                var (text, intent) = Unmark(marked);
                var net = _r.Weighted<string>([(Networks.X, 0.6), (Networks.Facebook, 0.2), (Networks.Instagram, 0.2)]);
                if (m > 50 && _r.Chance(0.25) && !text.Contains('#', StringComparison.Ordinal))
                {
                    text += _r.Chance(0.7) ? " #NusantelAncamPelanggan" : " #boikotnusantel";
                }

                var p = Add(t, net, _a.PersonFor(lang), EnsureCrisisMention(text, t), lang, intent, Brand.Nusantel, null, null, null, null, true);
                p.Virality = 1.3;
                return p;
            }
        }
    }

    private (string Lang, string Text) PickQuote()
    {
        var lang = _r.Weighted<string>([("id", 0.8), ("en", 0.1), ("jv", 0.05), ("su", 0.05)]);
        return lang switch
        {
            "en" => (lang, _r.Pick(QuoteEn)),
            "jv" => (lang, _r.Pick(QuoteJv)),
            "su" => (lang, _r.Pick(QuoteSu)),
            _ => (lang, _r.Pick(QuoteId)),
        };
    }

    private (string Lang, string Text) PickLangText(string[] id, string[] other)
    {
        if (_r.Chance(0.8))
        {
            return ("id", _r.Pick(id));
        }

        var s = _r.Pick(other);
        var bar = s.IndexOf('|', StringComparison.Ordinal);
        return (s[..bar], s[(bar + 1)..]);
    }
}
