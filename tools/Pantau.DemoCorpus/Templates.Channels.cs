namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddChannels()
    {
        // ---- Mailing lists (title = subject) ----
        E(NT, C, "id", "warga-griya-asri", "[warga-griya-asri] Internet Nusantel blok C mati lagi?",
            "Selamat pagi Bapak/Ibu, apakah NusaHome di blok C juga mati {day}? Di rumah kami lampu LOS di modem menyala merah. Sudah lapor ke call center Nusantel, katanya ada gangguan di area. Terima kasih. Salam, [FIRST] (C-{num})");
        E(NT, Q, "id", "komunitas-linux-bdg", "[komunitas-linux-bdg] IPv6 native di NusaHome (Nusantel) sudah aktif?",
            "Halo rekan-rekan, ada yang sudah dapat IPv6 native di NusaHome area Bandung? Modem saya dapat prefix /64 tapi koneksi keluar tetap lewat IPv4. Apakah perlu minta aktivasi ke Nusantel? Thanks, [FIRST]");
        E(NT, C, "id", "ortu-sd-tunas-bangsa", "Anak-anak susah ikut kelas daring karena sinyal Nusantel",
            "Bapak/Ibu wali murid, apakah ada yang juga mengalami sinyal Nusantel yang sangat lemah di sekitar sekolah? Anak saya sering tertinggal tugas daring. Mungkin kita bisa sampaikan bersama ke pihak Nusantel. Salam, [FIRST] (wali murid kelas {n}B)");
        E(NT, Q, "id", "komunitas-linux-bdg", "[komunitas-linux-bdg] Port 25 diblok Nusantel?",
            "Rekan-rekan, saya mau coba self-host mail server di rumah pakai NusaHome, tapi port 25 keluar sepertinya diblok. Ada yang pernah minta dibuka ke Nusantel? Atau memang kebijakan untuk semua pelanggan rumahan? Salam, [FIRST]");
        E(KS, Ch, "id", "pecinta-kopi-jogja", "[pecinta-kopi-jogja] Menu baru Kopi Senja, sudah ada yang coba?",
            "Rekan-rekan, Kopi Senja katanya baru mengeluarkan {newdrink}. Ada yang sudah coba? Penasaran apakah memang enak atau sekadar gimmick. Salam seduh, [FIRST]");
        E(KS, Q, "id", "pecinta-kopi-jogja", "[pecinta-kopi-jogja] Kopi Senja pakai beans dari mana?",
            "Mau tanya, ada yang tahu Kopi Senja pakai biji kopi dari daerah mana untuk house blend-nya? Rasanya cenderung cokelat dan nutty, saya tebak campuran robusta Lampung dan arabika Gayo. Terima kasih, [FIRST]");
        E(BS, Ch, "id", "alumni-smansa-95", "Hati-hati penipuan mengatasnamakan Bank Sentosa",
            "Teman-teman, kemarin ibu saya dapat SMS yang mengaku dari Bank Sentosa, katanya rekening akan diblokir dan diminta klik link. Untung saya cek dulu. Bank Sentosa tidak pernah minta OTP lewat link. Tolong diteruskan ke orang tua masing-masing ya. [FIRST]");
        E(BS, Q, "id", "umkm-naik-kelas", "QRIS Bank Sentosa untuk usaha kecil",
            "Selamat siang, ada anggota yang sudah pakai QRIS dari Bank Sentosa untuk warung? Berapa potongan MDR-nya dan berapa lama dana masuk ke rekening? Terima kasih. [FIRST]");
        E(BS, C, "id", "warga-griya-asri", "ATM Bank Sentosa di ruko depan rusak lagi",
            "Bapak/Ibu, sekadar info, ATM Bank Sentosa di ruko depan gerbang sudah {dd} tidak bisa dipakai. Kemarin saldo saya terpotong {amt_m} tapi uang tidak keluar. Sedang saya urus ke cabang. Hati-hati ya. [FIRST]");
        E(RA, Q, "id", "jalan-jalan-hemat", "Bagasi Rajawali Air rute CGK-KNO",
            "Halo semua, bulan depan saya mau ke Medan naik Rajawali Air. Ada yang tahu bagasi gratisnya masih 20 kg? Saya bawa oleh-oleh cukup banyak. Terima kasih sebelumnya. [FIRST]");
        E(RA, Pr, "id", "jalan-jalan-hemat", "Pengalaman kelas bisnis Rajawali Air ke Denpasar",
            "Sekadar berbagi, kemarin saya coba kelas bisnis Rajawali Air CGK–DPS dengan harga promo. Kursi lega, makanan enak, bagasi 30 kg. Untuk harga promo cukup sepadan. [FIRST]");
        E(RA, C, "id", "jalan-jalan-hemat", "Refund Rajawali Air sudah 2 bulan belum cair",
            "Rekan-rekan, ada yang punya pengalaman refund Rajawali Air? Penerbangan saya dibatalkan maskapai awal September, dijanjikan refund 30 hari kerja, sampai sekarang belum masuk. Sudah email tiga kali. Mohon sarannya. [FIRST]");
        E(BL, C, "id", "warga-griya-asri", "Paket Belanjain salah antar ke blok D",
            "Bapak/Ibu, ada yang menerima paket Belanjain atas nama [FIRST] (A-{num})? Di aplikasi statusnya sudah diterima tapi barangnya tidak ada. Kurirnya bilang dititipkan ke satpam blok D. Mohon bantuannya. Terima kasih.");
        E(BL, Ch, "id", "umkm-naik-kelas", "Pengalaman jualan di Belanjain",
            "Rekan-rekan UMKM, saya baru 3 bulan jualan keripik di Belanjain. Omzet lumayan naik, tapi potongan biaya layanannya makin besar. Ada tips supaya tetap untung? [FIRST]");
        E(BL, Q, "id", "umkm-naik-kelas", "Pencairan dana Belanjain ke rekening berapa lama?",
            "Selamat sore, dana penjualan saya di Belanjain sudah {dd} belum cair ke rekening. Apakah memang selama itu atau ada yang salah dengan pengaturan saya? Terima kasih. [FIRST]");
        E(NT, Q, "en", "expats-jakarta", "Nusantel NusaHome in South Jakarta, reliable enough?",
            "Hi all, moving to Kemang next month. The building only offers NusaHome. Is Nusantel fibre reliable enough for daily video calls with Europe? Any tips on which plan to get? Cheers, [FIRST]");
        E(BS, Q, "en", "expats-jakarta", "Opening a Bank Sentosa account on a KITAS",
            "Has anyone opened a Bank Sentosa account recently with a work KITAS? The branch asked me for a letter from my employer and an NPWP. Is that standard? Thanks, [FIRST]");
        E(RA, C, "en", "expats-jakarta", "Rajawali Air lost my luggage, any advice?",
            "Flew Rajawali Air from Denpasar yesterday and my suitcase didn't arrive. I filed a report at the airport but nobody answers the phone. Anyone been through this? [FIRST]");

        K("email_re", null, Ch, "id",
            "Di tempat kami juga sama. Terima kasih infonya soal {B}.",
            "Terima kasih sudah berbagi. Saya pernah mengalami hal serupa dengan {B}, akhirnya selesai setelah datang langsung ke kantornya.",
            "Setuju. Sebaiknya kita catat bersama lalu sampaikan resmi ke {B} lewat pengurus.",
            "Info yang sangat berguna, terima kasih. Sudah saya teruskan ke grup keluarga supaya hati-hati dengan {B}.",
            "Saya coba tanyakan ke kenalan yang bekerja di {B}, nanti saya kabari di milis ini.",
            "Mohon maaf ikut nimbrung, kalau boleh tahu sudah ada nomor tiket atau referensi dari {B}?",
            "Pengalaman saya dengan {B} justru lancar-lancar saja. Mungkin tergantung lokasi dan waktunya.",
            "Terima kasih informasinya. Kalau ada perkembangan dari {B}, mohon dikabari lagi di sini.");
        K("email_re", null, C, "id",
            "Sama. Di rumah kami juga bermasalah sejak tengah malam, dan sampai sekarang belum ada kabar dari {B}.",
            "Saya mengalami hal yang sama dengan {B} bulan lalu dan sampai sekarang belum ada penyelesaian.",
            "Kami juga kecewa dengan {B}. Sudah dua kali lapor, jawabannya selalu diminta menunggu.");
        K("email_re", null, Pr, "id",
            "Kebetulan pengalaman saya dengan {B} minggu lalu cukup baik, keluhan ditangani dalam sehari.");
        K("email_re", null, Ch, "en",
            "Same experience here with {B}. Keep all the receipts and escalate by email, the phone line is hopeless.",
            "Thanks for sharing, very useful. I'll forward this to my colleagues who also use {B}.",
            "For what it's worth, {B} sorted a similar issue for me within a week once I went to the office in person.");

        // ---- Reddit submissions (title) and comments ----
        R(NT, Q, "en", "NusaHome for WFH in Jakarta, reliable or avoid?",
            "Moving to {area} next month. Landlord says the building only has NusaHome (Nusantel). Is it stable enough for daily video calls? Any plan recommendations?");
        R(BS, C, "en", "Anyone else getting double charged on Sentosa Mobile today?",
            "Paid for groceries via QRIS with Bank Sentosa and it went through twice. Same thing happened to my coworker. Is this a known issue?");
        R(RA, C, "id", "Pengalaman refund Rajawali Air, butuh 3 bulan",
            "Cuma mau sharing. Flight gw dibatalin Rajawali Air bulan Agustus, refund baru masuk minggu lalu. CS nya ramah sih tapi jawabannya template terus. Yg lagi nunggu refund, sabar ya.");
        R(BS, Ch, "en", "PSA: fake Bank Sentosa CS accounts are replying to complaints on X",
            "If you complain about Bank Sentosa on X, you'll get replies from accounts like 'CS Bank Sentosa Resmi' asking you to WhatsApp them. They're scammers. The real account is @banksentosa.");
        R(KS, Pr, "en", "Kopi Senja's gula aren latte is the best chain coffee in Indonesia, fight me",
            "I've tried pretty much every chain here. Kopi Senja's es kopi susu gula aren is consistent, not too sweet, and the oat milk version slaps.");
        R(BL, Q, "en", "Belanjain seller sent me an empty box. What are my options?",
            "Ordered a {item_en} on Belanjain, box arrived empty. Filed a complaint, seller claims they shipped it. Has anyone won one of these disputes?");
        R(BL, Ch, "id", "Kenapa sih Belanjain makin banyak iklan di aplikasinya?",
            "Dulu buka Belanjain langsung bisa cari barang. Sekarang tiap buka ada pop-up, banner, video live, game koin. Cuma gw yg ngerasa ribet?");
        R(RA, Pr, "en", "Flew Rajawali Air for the first time, pleasantly surprised",
            "Took {flight} from {origin} to {dest}. On time, clean cabin, friendly crew, and the snack box was decent. Not bad for the price.");
        R(NT, C, "id", "NusaHome makin parah atau cuma di daerah gw?",
            "Tiap malem jam 8-11 speed drop ke {speed}. Udah ganti modem, udah ganti kabel LAN. Teknisi dateng bilang aman. Ada yg sama?");

        K("reddit_c", null, Ch, "en",
            "Had the same issue with {B} last year. Report it to YLKI, they actually respond.",
            "{B} in my area is fine tbh, but their CS is a nightmare.",
            "This. Also screenshot everything you send to {B}.",
            "Honestly {B} depends a lot on the area, ask your neighbours first.",
            "Can confirm, happened to me with {B} too.",
            "Been using {B} for years, never had this. Sounds like bad luck, but push them anyway.");
        K("reddit_c", null, Ch, "id",
            "sama bro, gw juga ngalamin di {B}",
            "coba lapor ke YLKI aja, biasanya {B} lebih cepet gerak kalo udah ada laporan resmi",
            "{B} di daerah gw aman2 aja sih, mungkin tergantung area",
            "sabar bro, gw dulu juga gitu sama {B}, akhirnya beres juga");

        // ---- YouTube comments (under review / vlog videos) ----
        K("youtube", NT, C, "id",
            "bang di {city} NusaHome sering mati, jangan ketipu review",
            "speedtest di video doang kenceng. di rumah gw {b} 2 Mbps {lol}");
        K("youtube", NT, Pr, "id",
            "abis nonton ini jadi pasang NusaHome, ternyata emang stabil. makasih reviewnya bang");
        K("youtube", KS, Pr, "id",
            "{drink} {b} emang enak sih bang, setuju",
            "review {b} yg jujur gini yg gw suka, ga lebay");
        K("youtube", KS, Ch, "id",
            "nonton ini sambil minum {drink} {b} {lol}");
        K("youtube", RA, C, "id",
            "nonton ini sambil nunggu {b} delay {hh} {lol}",
            "kelas ekonomi {b} ga senyaman di video ini bang, jujur");
        K("youtube", RA, Pr, "id",
            "vlog naik {b} paling enak ditonton, pramugarinya ramah");
        K("youtube", BS, Q, "id",
            "bang bikin tutorial Sentosa Mobile dong, ortu gw bingung pakenya");
        K("youtube", BL, Ch, "id",
            "unboxing barang {b} paling seru, apalagi kalo barangnya zonk {lol}");
        K("youtube", BL, C, "id",
            "gw beli barang yg sama di {b}, dapetnya KW. hati2 guys");
        K("youtube", null, Q, "id",
            "bang, bahas {b} dong, lagi rame nih");
        K("youtube", null, Pr, "en",
            "Great video! Didn't know {b} was that good.");

        // ---- Mastodon (a bit more technical / reflective) ----
        K("mastodon", NT, Ch, "id",
            "NusaHome akhirnya kasih IPv6 setelah 3 tahun diminta. #nusantel",
            "Catatan: DNS bawaan modem NusaHome suka lambat. Ganti DNS sendiri, browsing jauh lebih responsif. #nusantel");
        K("mastodon", NT, C, "en",
            "NusaHome CGNAT means I can't reach my home server from outside. Asked Nusantel for a public IP, they didn't understand the question.");
        K("mastodon", BS, C, "en",
            "Bank Sentosa's app now refuses to run on a phone with developer options enabled. The error message just says 'device not supported'. #banksentosa");
        K("mastodon", KS, Ch, "en",
            "Kopi Senja's app asks for location permission just to show the menu. Why? #kopisenja");
        K("mastodon", BL, C, "id",
            "Halaman checkout Belanjain memuat 4 MB skrip pelacak. Saya ukur. Pantas lambat di hp kentang. #belanjain");
        K("mastodon", RA, Pr, "id",
            "Penerbangan Rajawali Air pagi ini tepat waktu dan kabin bersih. Kadang kabar baik juga perlu dicatat. #rajawaliair");
        K("mastodon", BS, Pr, "id",
            "Salut, Bank Sentosa akhirnya dukung passkey di Sentosa Mobile. Login tanpa OTP SMS. #banksentosa");
    }
}
