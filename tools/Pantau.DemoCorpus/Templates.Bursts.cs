namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddBursts()
    {
        // Kopi Senja "Senin Senja Hemat" buy-1-get-1 promo (morning rush).
        K("burst:ks_promo", KS, Pr, "id",
            "Senin Senja Hemat is back!! beli 1 gratis 1 es kopi susu gula aren {b} {e+}",
            "makasih {b}, senin jadi ga terlalu suram berkat promo b1g1 {lol}",
            "promo senin {b} mantep, traktir temen sekantor jadi murah");
        K("burst:ks_promo", KS, Q, "id",
            "{min} promo Senin Senja Hemat berlaku buat pesan lewat ojol juga ga?",
            "promo b1g1 {b} hari ini berlaku sampe jam berapa ya?",
            "yg gratis harus menu yg sama ga sih {min}? {tag}");
        K("burst:ks_promo", KS, C, "id",
            "promo b1g1 {b} tapi antriannya sampe parkiran. {mm} belum dapet juga {e-}",
            "{bn} {area} bilang promonya ga berlaku di outlet mereka. lah gimana {at}",
            "app {b} error pas mau pake voucher b1g1. udah antri malah ga bisa bayar {e-}");
        K("burst:ks_promo", KS, Ch, "id",
            "satu kantor ngerubung di {bn} gara2 promo senin {lol}",
            "senin = {b} b1g1. sudah jadi tradisi");

        // NusaHome outage in Bandung.
        K("burst:nt_bdg", NT, C, "id",
            "NusaHome di Bandung mati total ya? {area} ga ada internet sama sekali #nusantelgangguan",
            "{at} Bandung kenapa ini, NusaHome mati se-kompleks. LOS merah semua",
            "udah 2 jam NusaHome mati di {area}. kerjaan numpuk {e-} #nusantelgangguan",
            "NUSANTEL BANDUNG DOWN?? wfh gw berantakan",
            "^Layanan NusaHome di wilayah {area}, Bandung, terputus sejak pagi. Mohon informasi estimasi perbaikan {care}.",
            "mantap {b}, Bandung mati internet berjamaah 👍 #nusantelgangguan");
        K("burst:nt_bdg", NT, C, "su",
            "NusaHome di {area} pareum deui, sakomplek. {b} kumaha ieu? #nusantelgangguan",
            "internet paeh ti isuk, teu tiasa damel ti bumi. {at} enggal dibenerkeun atuh",
            "sadayana tatangga ogé teu aya internet. {b} aya naon?");
        K("burst:nt_bdg", NT, Q, "id",
            "ada info NusaHome Bandung kapan normal? {min}",
            "{at} gangguan di Bandung estimasi beres jam berapa?");
        K("burst:nt_bdg", NT, Ch, "id",
            "kafe2 di Dago mendadak penuh orang bawa laptop. pasti korban NusaHome {lol}",
            "grup WA kompleks rame nanyain NusaHome mati. pak RT juga ikut nanya {lol}");

        // Rajawali Air delays at Juanda due to weather.
        K("burst:ra_sub", RA, C, "id",
            "di Juanda {b} delay semua ya? {flight} udah mundur {hh} {e-}",
            "hujan badai di Surabaya, {b} ke {dest} delay. ngerti sih cuaca, tapi kabarin dong {at}",
            "boarding gate Juanda penuh penumpang {b} yg delay. ga ada info sama sekali",
            "udah sejam duduk di dalem pesawat {b} belum take off. AC nya juga ga dingin {e-}");
        K("burst:ra_sub", RA, C, "jv",
            "Juanda udan deres, {b} delay kabeh. ngenteni nganti kapan iki",
            "{flight} mundur meneh. {b} ki piye, kabari to");
        K("burst:ra_sub", RA, Q, "id",
            "{at} {flight} dari Juanda jadinya berangkat jam berapa ya?",
            "kalo delay karena cuaca dapet kompensasi ga sih dari {b}?");
        K("burst:ra_sub", RA, Pr, "id",
            "salut sama ground staff {b} di Juanda, sabar bgt ngadepin penumpang yg marah2 gara2 cuaca");

        // Belanjain flash sale.
        K("burst:bl_flash", BL, C, "id",
            "flash sale {b} baru mulai 1 detik udah habis semua. bot ya?",
            "app {b} ngelag parah pas flash sale. masuk keranjang doang butuh 5 menit {e-}",
            "udah checkout {item} harga flash sale, tiba2 dibatalin sama seller. {at} {e-}",
            "Belanjain Pay error pas bayar flash sale. saldo kepotong, pesanan gagal. {b} tolong");
        K("burst:bl_flash", BL, Pr, "id",
            "dapet {item} harga 50rb di flash sale {b}! rejeki anak soleh {lol}",
            "berhasil war flash sale {b} 🔥 {item} diskon 70%");
        K("burst:bl_flash", BL, Ch, "id",
            "war flash sale {b} lebih tegang dari war tiket konser",
            "jari udah siap, sinyal udah siap, saldo... belum. {b} flash sale {lol}");
        K("burst:bl_flash", BL, Q, "id",
            "flash sale {b} hari ini ada {item} ga ya?");

        // Sentosa Mobile outage.
        K("burst:bs_app", BS, C, "id",
            "Sentosa Mobile down ya? ga bisa login dari tadi {e-} {tag}",
            "{at} Sentosa Mobile error 'terjadi kesalahan sistem'. mau bayar kos gimana ini",
            "transfer lewat Sentosa Mobile muter2 terus, takut kepotong 2x. {b} ada gangguan?",
            "mantap {b}, pas mau bayar di kasir Sentosa Mobile down. antrean belakang ngeliatin gw 👍",
            "Sentosa Mobile ga bisa dibuka, ATM {b} juga offline. lengkap sudah");
        K("burst:bs_app", BS, C, "en",
            "Is Sentosa Mobile down for everyone? Can't log in. {at}");
        K("burst:bs_app", BS, Q, "id",
            "Sentosa Mobile lagi maintenance kah {min}? kapan normal?");
        K("burst:bs_app", BS, Ch, "id",
            "timeline penuh orang nanya Sentosa Mobile down. berarti bukan hp gw yg rusak {lol}");
    }
}
