namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddReplies()
    {
        // "Me too" replies under someone else's complaint.
        K("metoo", NT, C, "id",
            "sama kak, {b} di {area} juga mati {day}",
            "samaa 😭 kirain NusaHome gw doang yg error",
            "di {city} juga kak, sinyal {b} ilang total",
            "wah sama, pulsa gw juga kepotong {amt_s} kemarin. {at} ini kenapa sih");
        K("metoo", BS, C, "id",
            "sama kak, Sentosa Mobile gw juga ga bisa login {day}",
            "gw juga kena debit ganda minggu lalu, {dd} baru balik. sabar ya kak. {tag}");
        K("metoo", KS, C, "id",
            "sama kak, {bn} deket rumah gw juga sering salah pesenan");
        K("metoo", RA, C, "id",
            "sama kak, gw juga lagi nunggu di {airport}, {flight} belum ada kabar. {tag}",
            "koper temen gw juga pernah ilang di {b}, ketemunya seminggu kemudian");
        K("metoo", BL, C, "id",
            "sama kak, paket gw juga nyangkut di {courier} udah seminggu. {tag}",
            "refund {b} gw juga belum masuk kak. senasib");
        K("metoo", null, C, "id",
            "nasib kita sama kak. {b} emang gitu",
            "sama bgt, gw juga ngalamin minggu lalu. ujung2nya cuma disuruh nunggu. {tag}",
            "aku juga kak 😭 udah DM {at} belum dibales");
        K("metoo", null, Ch, "id",
            "coba DM {at} kak, kemarin aku dibantu lewat situ",
            "spill lokasinya kak, biar yg lain waspada. {tag}",
            "lapor YLKI aja kak kalo {b} ga gerak juga",
            "semoga cepet beres ya kak. pengalaman gw sama {b} biasanya 2-3 hari baru ada kabar",
            "kak, screenshot semua chat sama {b}, jaga2 kalo butuh bukti");
        K("metoo", null, C, "en",
            "Same here in {city}. {b} is a mess today.",
            "+1, happening to me too. {tag}",
            "Same thing happened to me last month with {b}. Took forever to sort out.");
        K("metoo", null, Ch, "en",
            "DM {at} and keep the ticket number, that's what finally worked for me");
        K("metoo", null, C, "jv",
            "podo mas, nggonku yo ngono. {b} ki piye");
        K("metoo", null, C, "su",
            "sami, di bumi ogé kitu. {b} kunaon nya");

        // Follow-ups by the original poster under a brand's care reply.
        K("fu_thanks", null, Pr, "id",
            "makasih {min}, udah normal lagi sekarang 🙏",
            "udah dibantu via DM, makasih respon cepetnya {at} {e+}",
            "barusan udah beres. makasih ya {at}",
            "oke udah aman min, makasih udah dibantu {e+}",
            "mantap, ternyata cepet juga ditanganin. makasih {at}",
            "alhamdulillah udah beres {min}, makasih banyak 🙏",
            "wah cepet jg responnya. udah aman ya {min}, thanks",
            "oke sip, udah bisa lagi. makasih udah dibantu {e+}",
            "udah dicek & beres. respon {at} hari ini oke lah {e+}");
        K("fu_thanks", null, Pr, "en",
            "Sorted now, thanks for the quick help {at}!",
            "All good now. Appreciate it {at}.");
        K("fu_ok", null, Ch, "id",
            "oke min, udah aku DM ya",
            "sudah saya DM ya {at}, mohon dicek",
            "udah DM kak, ditunggu kabarnya",
            "siap min, detailnya udah dikirim lewat DM",
            "udah aku DM ya min, tolong dibantu cepet 🙏",
            "ok kak, cek DM ya",
            "DM udah masuk ya {at}, ditunggu");
        K("fu_ok", null, Ch, "en",
            "Thanks, sent you a DM {at}");
        K("fu_angry", null, C, "id",
            "udah DM dari kemarin min, jawabannya cuma 'mohon ditunggu'",
            "DM nya ga dibales2 {min}. {at} beneran dibaca ga sih",
            "template lagi template lagi. kapan beresnya {at}?",
            "ini udah ke-{n} kalinya disuruh DM. datanya udah dikasih semua {e-}",
            "dibilang 'sedang ditangani' dari kemarin. ditangani siapa min?",
            "jawaban copas. ga ngebantu sama sekali {at}",
            "udah {dd} 'sedang dalam pengecekan'. ngecek apa sih min lama bgt",
            "min, ga usah suruh DM lagi. beresin aja masalahnya {e-}");
        K("fu_angry", null, C, "en",
            "Still waiting on that DM reply {at}...",
            "That's the same canned response I got yesterday {at}.");

        // Quote comments on news / popular posts.
        K("quote", null, Ch, "id",
            "lah baru tau {b} begini",
            "akhirnya {b} ngapain juga {lol}",
            "semoga bukan cuma gimmick ya {b}",
            "udah kuduga sih. {tag}",
            "ini beneran? {b} mau gini?",
            "relate bgt sama {b} {lol}",
            "pantesan dari tadi {b} rame di timeline",
            "yg kerja di {b} bisa konfirmasi?",
            "semoga pelayanannya ikut naik ya {b}, jangan cuma harganya");
        K("quote", null, Ch, "en",
            "Interesting move from {b}",
            "about time, {b}",
            "Wonder how long this will last. {tag}");
    }

    private void AddCare()
    {
        K("care", NT, Cr, "id",
            "Hai Kak {name}, mohon maaf atas ketidaknyamanannya 🙏 Boleh dibantu info nomor pelanggan NusaHome via DM? Kami bantu cek segera ya. {agent}",
            "Halo Kak {name}, saat ini ada gangguan jaringan Nusantel di area {city} dan sedang ditangani tim teknis kami. Mohon maaf atas ketidaknyamanannya. {agent}",
            "Hai Kak {name}, terkait potongan pulsa tsb, boleh DM nomor Nusantel Kakak? Kami cek riwayat transaksinya ya. {agent}",
            "Halo Kak {name}, mohon maaf kunjungan teknisi NusaHome belum terlaksana. Tiketnya sudah kami eskalasi, info lanjut via DM ya. {agent}",
            "Hai Kak {name}, terima kasih sudah menghubungi Nusantel. Silakan cek DM ya, sudah kami kirimkan langkah pengecekan awal. {agent}",
            "Halo Kak {name}, mohon maaf atas kendalanya. Agar bisa kami bantu, mohon DM nomor Nusantel dan lokasi lengkap Kakak ya. {agent}");
        K("care", BS, Cr, "id",
            "Halo Kak {name}, mohon maaf atas kendala yang dialami. Demi keamanan, mohon tidak menuliskan data pribadi di kolom publik. Silakan DM nomor referensi transaksinya ya. {agent}",
            "Halo Kak {name}, dana dari transaksi yang gagal akan dikembalikan otomatis maksimal 3x24 jam hari kerja. Jika belum masuk, mohon DM kami ya. {agent}",
            "Hai Kak {name}, Bank Sentosa tidak pernah meminta PIN, OTP, atau data pribadi melalui link apa pun. Hati-hati penipuan ya. Ada yang bisa kami bantu via DM? {agent}",
            "Halo Kak {name}, mohon maaf atas ketidaknyamanannya. Saat ini Sentosa Mobile sedang dalam perbaikan, silakan coba beberapa saat lagi ya. {agent}");
        K("care", KS, Cr, "id",
            "Halo Kak {name}! Maaf banget pengalamannya kurang menyenangkan 🙏 Boleh DM kami nomor order dan outletnya? Kami bantu cek ya ☕",
            "Hai Kak {name}, terima kasih masukannya! Sudah kami teruskan ke tim outlet Kopi Senja {area} supaya jadi perbaikan ke depannya 🙏",
            "Halo Kak {name}, mohon maaf ya 🙏 Kami mau ganti pesanannya, boleh DM kami detail order dan waktu pembeliannya?");
        K("care", RA, Cr, "id",
            "Selamat siang Kak {name}, kami mohon maaf atas keterlambatan penerbangan {flight}. Mohon DM kode booking Kakak agar kami bantu proses kompensasi sesuai ketentuan. {agent}",
            "Halo Kak {name}, mohon maaf atas ketidaknyamanan terkait bagasi Kakak. Silakan DM nomor PIR (Property Irregularity Report) agar kami bantu pantau. {agent}",
            "Halo Kak {name}, mohon maaf atas pengalaman yang kurang menyenangkan bersama Rajawali Air. Masukan Kakak kami teruskan ke tim terkait. {agent}");
        K("care", BL, Cr, "id",
            "Hai Kak {name}, maaf ya paketnya belum sampai 😔 Boleh DM nomor pesanan (INV) Kakak? Kami bantu follow up ke kurir. {agent}",
            "Halo Kak {name}, refund ke Belanjain Pay maksimal 1x24 jam dan ke rekening bank maksimal 7 hari kerja. Jika lewat dari itu, DM kami ya 🙏 {agent}",
            "Hai Kak {name}, mohon maaf atas kendalanya. Laporan Kakak sudah kami teruskan ke tim terkait, update-nya kami kabari via DM ya. {agent}");
        K("care", null, Cr, "en",
            "Hi {name}, sorry to hear about this. Could you DM us your {ref} so we can look into it right away? {agent}",
            "Hi {name}, we're really sorry for the trouble. Our team is on it, please check your DMs. {agent}");

        // Answers to questions.
        K("care_q", NT, Cr, "id",
            "Hai Kak {name}, untuk cek ketersediaan NusaHome di alamat Kakak, silakan DM alamat lengkapnya ya. Kami bantu cek 🙏 {agent}",
            "Halo Kak {name}, info paket & promo Nusantel terbaru bisa dicek di aplikasi Nusantel atau nusantel.example/promo ya. {agent}");
        K("care_q", BS, Cr, "id",
            "Halo Kak {name}, limit transfer Sentosa Mobile standar Rp 50 juta/hari dan bisa diatur di menu Pengaturan Limit ya. {agent}",
            "Halo Kak {name}, kantor cabang tertentu buka di hari Sabtu. Daftarnya bisa dicek di banksentosa.example/cabang ya. {agent}");
        K("care_q", KS, Cr, "id",
            "Halo Kak {name}, outlet Kopi Senja {area} buka setiap hari pukul 07.00–22.00 ya. Ditunggu kedatangannya ☕",
            "Hai Kak {name}, bisa banget! Semua minuman berbasis susu bisa diganti susu oat dengan tambahan biaya ya ☕");
        K("care_q", RA, Cr, "id",
            "Halo Kak {name}, untuk rute domestik kuota bagasi gratis Rajawali Air 20 kg ya. Info lengkap di rajawaliair.example/bagasi. {agent}",
            "Halo Kak {name}, counter check-in ditutup 45 menit sebelum keberangkatan domestik dan 60 menit untuk internasional ya. {agent}");
        K("care_q", BL, Cr, "id",
            "Hai Kak {name}, bisa dong! Belanjain Pay bisa dipakai untuk bayar listrik, air, dan BPJS di menu Tagihan ya 🙌 {agent}",
            "Halo Kak {name}, jika status sudah 'diterima' tapi paket belum sampai, ajukan komplain di menu Pesanan maksimal 2x24 jam ya. {agent}");
        K("care_q", null, Cr, "id",
            "Halo Kak {name}, terima kasih pertanyaannya. Silakan DM kami ya, kami bantu jelaskan lebih lanjut 🙏 {agent}");
        K("care_q", null, Cr, "en",
            "Hi {name}, thanks for asking! Please DM us and we'll walk you through it. {agent}");
    }
}
