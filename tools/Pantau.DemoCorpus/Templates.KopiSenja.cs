namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddKopiSenja()
    {
        P(KS, C, "id",
            "pesen {drink} di {bn} {area}, yg dateng malah {drink2}. pas komplain baristanya cuek aja {e-}",
            "{bn} {area} antri {mm} buat segelas kopi. ga lagi2 deh",
            "es kopi susu gula aren {b} sekarang kok encer ya? kaya kebanyakan es {e-}",
            "order {b} lewat app, udah bayar tapi pesanan ga diproses. duit {amt_s} ga tau kemana",
            "harga naik terus tapi rasanya makin turun. ga puas sama {b} akhir2 ini",
            "kasir {bn} {area} judes bgt. nanya menu doang dijawab kaya ganggu",
            "mantap {b}, pesen less sugar dapetnya manis kaya janji mantan 👍",
            "nemu rambut di {food} {bn} {area}. fotonya ada. {at} gimana nih",
            "wifi {bn} {area} lemot parah, padahal niatnya mau nugas {e-}",
            "poin member {b} gw tiba2 ilang semua. padahal udah ngumpulin {n} bulan",
            "meja kotor, lantai lengket, tempat sampah penuh. {bn} {area} tolong diperhatiin lah kebersihannya",
            "promo buy 1 get 1 {b} ternyata cuma buat menu tertentu, ga ditulis di iklannya. kecewa",
            "^Saya membeli {drink} di Kopi Senja {area} dan gelasnya bocor sehingga mengotori pakaian saya. Mohon perhatiannya. {at}",
            "driver ojol nunggu {mm} di {bn} {area} karena pesanan belum dibikin. kasian drivernya",
            "beli {drink} large, isinya cuma 3/4 gelas. sisanya es batu. {b} tolong lah",
            "baristanya ngobrol terus sama temennya, pelanggan dicuekin. {bn} {area} {e-}",
            "apa cuma gw yg ngerasa {drink} {b} sekarang pahit gosong?",
            "pesenan atas nama 'Rina' dipanggil 'Dina', 'Nina', 'Rika'. pas gw ambil ternyata punya orang lain {lol} {b}",
            "{at} aplikasi kalian minta update terus tapi voucher gw ilang abis update");
        P(KS, C, "en",
            "Waited {mm} for an iced latte at {bn} {area}. Not worth it.",
            "{b} changed their {drink} recipe and it's way too sweet now",
            "the {b} app took my money but the order never went through. {at}",
            "Ordered oat milk, pretty sure I got regular milk. Lactose intolerant, so... thanks {b}");
        P(KS, C, "jv",
            "{drink} nang {bn} {area} saiki kok ra enak. kemanisen",
            "ngantri suwe tenan nang {bn}, {mm} mung nggo kopi siji",
            "pesenanku kleru meneh, kok iso to {b}");
        P(KS, C, "su",
            "{bn} {area} ngantrina lami pisan, tos {mm} can beres",
            "kopina teu raos ayeuna, beda ti baheula. {b} kunaon?");

        P(KS, Q, "id",
            "{bn} {area} buka jam berapa ya?",
            "{min} promo member {b} yg gratis minum pas ulang tahun masih ada ga?",
            "{b} ada menu non-kopi yg enak apa ya? temen gw ga minum kopi",
            "{drink} di {b} bisa pake susu oat ga sih?",
            "{bn} {area} ada colokan ga ya? mau wfc",
            "{at} ada lowongan barista ga ya di {city}?",
            "{b} udah buka di {city} belum sih?",
            "{min} voucher {b} dari ultah kemarin bisa dipake di semua outlet ga?",
            "menu baru {b} {newdrink} itu manis ga? takut kemanisan");
        P(KS, Q, "en",
            "Does {b} have decaf?",
            "Is the {bn} in {area} a good place to work from? need wifi + plugs");
        P(KS, Q, "jv",
            "{bn} {area} bukak nganti jam piro yo?");
        P(KS, Q, "su",
            "{b} di {city_su} tos aya teu?");

        P(KS, Pr, "id",
            "{drink} {b} emang juara sih. enak gila {e+}",
            "barista {bn} {area} inget pesenan gw tanpa ditanya. kecil tapi bikin seneng {e+}",
            "wfc di {bn} {area} enak, wifi kenceng, colokan banyak, musiknya ga berisik",
            "menu baru {b} {newdrink} enak bgt, manisnya pas",
            "ulang tahun dapet gratis {drink} dari {b}. makasih ya {e+}",
            "komplain pesanan salah lewat DM, langsung diganti sama {at}. respect",
            "{b} tuh ga pernah gagal. ngantri dikit gapapa deh {lol}",
            "pagi2 hujan, {drink} {b}, sama playlist galau. sempurna {e+}",
            "{food} {b} ternyata enak juga, ga cuma kopinya");
        P(KS, Pr, "en",
            "{b}'s {drink} might be the best thing I've had in Indonesia so far 🔥",
            "Lovely little {bn} in {area}, friendly staff and a great iced latte");
        P(KS, Pr, "jv",
            "{drink} {b} apik tenan, seger pol",
            "ngopi nang {b} sore-sore, enak tenan {e+}");
        P(KS, Pr, "su",
            "{drink} di {b} raos pisan, kedah nyobian",
            "tempatna {bn} {area} merenah pisan kanggo ngobrol");

        P(KS, Ch, "id",
            "tim {b} atau tim kopi sachet? {lol}",
            "hidup tuh harus seimbang: pagi {drink} {b}, malemnya mikirin tagihan",
            "barusan liat orang di {b} ngetik skripsi sambil nangis. semangat kak, aku juga pernah",
            "kayanya gaji gw 30% abis di {b}. harus diet kopi nih",
            "ada yg liat {bn} {area} hari ini rame bgt? ada apaan",
            "pengen resign terus buka franchise {b} aja ah",
            "senja, kopi, dan deadline. {tag}",
            "gelas {b} yg edisi baru lucu bgt, jadi koleksi di meja kantor",
            "cowok yg bawa gelas {b} ke kantor tiap pagi pasti anak startup {lol}");
        P(KS, Ch, "en",
            "my daily {b} run is the only stable thing in my life rn");
        P(KS, Ch, "jv",
            "ngopi sek ben ra spaneng. {tag}");
        P(KS, Ch, "su",
            "ngopi heula di {b}, engké deui mikiran gawé");
    }
}
