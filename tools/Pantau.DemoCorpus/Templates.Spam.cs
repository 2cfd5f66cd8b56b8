namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddSpam()
    {
        K("spam", null, Sp, "id",
            "SLOT GACOR HARI INI 🔥🔥 maxwin x500 dijamin! daftar skrg di {spamlink} bonus new member 100%",
            "lagi nyari situs slot yg gampang menang? cek bio aku kak, udh banyak yg WD jutaan 💰",
            "Butuh dana cepat? Pinjaman tanpa jaminan, cair 5 menit, tanpa BI checking. WA: {phone}",
            "jual followers murah!! 1K = 15rb, 10K = 120rb. real aktif permanen. DM aja kak 🙏",
            "prediksi togel SGP HK malam ini akurat 99%, gabung grup telegram kami {spamlink}",
            "modal 10rb bisa jadi jutaan 🤑 situs resmi terpercaya, link di bio",
            "Kak, jasa naikin engagement IG mulai 5rb aja. like, view, komen ready 👍",
            "dana darurat cair hari ini juga!! tanpa survey, cukup KTP. hubungi {phone}",
            "halo kak, cek DM ya, ada info penting soal akun kakak 🙏",
            "kerja dari rumah gaji 500rb/hari cuma like & subscribe youtube. minat? chat {phone}",
            "Link alternatif {slotname} terbaru anti blokir: {spamlink} 🔥 RTP live 98%",
            "bosen gaji pas2an? gabung tim trading kami, profit 30% per minggu dijamin. DM ya",
            "JP paus lagi bos!! main di {slotname} pasti pecah 💥💥 {spamlink}",
            "pinjol legal tanpa ribet, limit sampe 20jt, bunga rendah. klik {spamlink}",
            "WD 7jt barusan di {slotname} 😱 yg ga percaya cek bio");
        K("spam", BS, Sp, "id",
            "PERHATIAN! Akun Sentosa Mobile Anda akan DIBLOKIR dalam 24 jam. Segera verifikasi: {phishlink}",
            "[CS Resmi Bank Sentosa] Mohon maaf atas kendalanya kak, silakan hubungi WA {phone} untuk bantuan cepat 🙏",
            "Nasabah Yth, tarif transfer Bank Sentosa berubah jadi Rp150.000/bulan. Jika tidak setuju isi formulir {phishlink}");
        K("spam", BL, Sp, "id",
            "🎁 GIVEAWAY Belanjain ulang tahun! Saldo Belanjain Pay Rp 1.000.000 untuk 100 orang beruntung. Klik {phishlink} sekarang!",
            "Selamat! Akun Belanjain Anda terpilih dapat voucher Rp 500.000. Klaim sebelum jam 24.00 di {phishlink}");
        K("spam", RA, Sp, "id",
            "Rajawali Air bagi2 tiket gratis ke Bali! Isi data di {phishlink} sebelum kehabisan ✈️",
            "Promo ulang tahun Rajawali Air: tiket PP Rp 99rb ke semua tujuan! Pesan di {phishlink}");
        K("spam", NT, Sp, "id",
            "Selamat! Nomor Nusantel Anda terpilih mendapat hadiah Rp 25.000.000. Klaim di {phishlink} kode: NTL-{digits}",
            "Halo kak, keluhan soal Nusantel bisa dibantu lewat link {phishlink} ya, dijamin fast respon 🙏",
            "Kuota gratis 100GB dari Nusantel! Cukup isi nomor dan kode OTP di {phishlink}");
        K("spam", KS, Sp, "id",
            "VOUCHER Kopi Senja gratis 1 tahun! Cukup share ke 10 grup dan klik {phishlink}");
        K("spam", null, Sp, "en",
            "Make $500/day from home trading crypto! DM me for signals 📈📈",
            "🔥 Free followers, no password needed → {spamlink}",
            "I made $12,000 last month with this simple method. Link in bio 💸");
        K("spam", RA, Sp, "en",
            "Congratulations! You've been selected for a Rajawali Air loyalty reward. Claim at {phishlink}");
        K("spam", null, Sp, "ms",
            "Pinjaman peribadi lulus segera tanpa dokumen, hubungi WhatsApp {phone}",
            "Nak duit cepat? Join grup kami, untung setiap hari 💰 {spamlink}");
        K("spam", null, Sp, "jv",
            "slot gacor dino iki lur, sopo ngerti rejekimu {spamlink}");
    }
}
