namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddBelanjain()
    {
        P(BL, C, "id",
            "keren banget {b}, paket saya nyasar ke kota lain 👍 {inv}",
            "paket {item} gw udah {dd} statusnya 'dalam perjalanan'. {courier} lagi liburan apa gimana {at}",
            "pesen {item} warna hitam, yg dateng pink. sellernya ga bales chat. {b} tolong",
            "refund {amt_m} dari {b} belum masuk2 udah {dd}. {inv}. {at}",
            "Belanjain Pay kepotong {amt_m} tapi pesanan dibatalin sistem. saldonya kemana {min}?",
            "barang dateng rusak, mau retur malah disuruh bayar ongkir sendiri. ga masuk akal {b}",
            "kurir {courier} nandain 'paket diterima' padahal gw ga nerima apa2. {inv} {at}",
            "akun {b} gw tiba2 dibekuin pas saldo Belanjain Pay masih {amt_m}. CS nya cuma copas jawaban",
            "flash sale {b} cuma php. jam 12 teng buka, langsung habis. beneran ada stoknya ga sih",
            "^Saya memesan {item} dengan nomor pesanan {inv}, namun barang yang diterima palsu. Penjual menolak retur. Mohon bantuan {at}.",
            "seller {b} kirim barang kosong. kardusnya doang. udah lapor, disuruh nunggu investigasi {dd}",
            "voucher gratis ongkir {b} ga bisa dipake terus, tulisannya 'tidak memenuhi syarat'. syarat apaan",
            "paket nyangkut di gudang {courier} {city} udah 2 minggu. {b} spill dong kapan nyampe",
            "app {b} force close terus pas checkout. udah 3x coba {e-}",
            "beli hp di {b} {amt_l}, pas dateng IMEI nya ga terdaftar. mau gw laporin ke YLKI nih {at}",
            "CS {b} nyuruh nunggu 3x24 jam, abis itu disuruh nunggu 3x24 jam lagi. sampe kapan",
            "paket dilempar kurir {courier} dari luar pager. isinya {item}, sekarang penyok. {b} {e-}",
            "udah bayar pake Belanjain Pay, status pesanan masih 'menunggu pembayaran'. {at} gimana sih",
            "harga coret {b} tuh harga asli dinaikin dulu baru didiskon. sama aja boong",
            "ongkir ke {city} lebih mahal dari barangnya. {b} ongkir apa ongkos naik haji",
            "^Sudah {dd} sejak pengajuan pengembalian dana untuk pesanan {inv}, namun status masih 'diproses'. Saya mempertimbangkan melapor ke BPSK. {at}",
            "{b} parah, barang udah diterima tapi dana ke seller ditahan terus. gw sellernya btw {e-}",
            "dapet paket COD yg ga pernah gw pesen, kurirnya maksa bayar. {b} ini modus penipuan ya?");
        P(BL, C, "en",
            "Ordered a {item_en} on {b}, received a completely different item. Seller ghosted me. {at}",
            "My {b} package has been \"in transit\" for {dd}. {courier} tracking hasn't updated since Monday.",
            "{b} refunded my order to Belanjain Pay instead of my card. Didn't ask for that.",
            "The {b} app crashes every single time I try to check out. {at}");
        P(BL, C, "jv",
            "paketku wis {dd} durung teko, {courier} ki nyimpen nang endi to",
            "barange rusak pas teko, sellere ora gelem tanggung jawab. {b} piye iki",
            "refund {b} suwe tenan, wis {dd} durung mlebu");
        P(BL, C, "su",
            "paket abdi tos {dd} teu dugi-dugi. {at} kumaha ieu?",
            "barangna béda jeung nu di poto. kuciwa pisan ka {b}");
        P(BL, C, "ms",
            "Barang dari {b} sampai rosak, seller tak balas mesej. Macam mana nak refund ni?");

        P(BL, Q, "id",
            "Belanjain Pay bisa buat bayar listrik sama BPJS ga ya?",
            "{min} kalo paket statusnya udah 'diterima' tapi belum nyampe, harus ngapain?",
            "cara jadi seller di {b} gimana sih? mau jualan {item} nih",
            "{b} 12.12 nanti ada gratis ongkir ke {city} ga?",
            "ada yg tau seller {item} yg amanah di {b}? spill dong",
            "^Selamat sore {at}, berapa lama proses pencairan dana penjual ke rekening bank? Terima kasih.",
            "Belanjain PayLater bunganya berapa sih? worth it ga?",
            "{min} kalo mau retur barang, ongkirnya ditanggung siapa ya?",
            "ada yg pernah beli {item} di {b} yg official store? ori ga?");
        P(BL, Q, "en",
            "Can foreigners sign up for {b} with a non-Indonesian phone number?",
            "Does {b} ship to Singapore?");
        P(BL, Q, "jv",
            "nek paket ilang nang {b} iso refund ora yo?");
        P(BL, Q, "su",
            "kumaha carana ngabatalkeun pesenan di {b}?");

        P(BL, Pr, "id",
            "pesen {item} di {b} malem, besok pagi udah nyampe. gila cepet {e+}",
            "refund {b} cepet bgt, ga sampe sehari. makasih {at}",
            "gila murah banget {item} di {b} pas flash sale. ga nyesel begadang",
            "seller di {b} ini amanah, packingnya rapi bgt, dikasih bonus permen pula {lol}",
            "CS {b} sabar bgt ngadepin gw yg panik paket ilang. akhirnya ketemu juga 🙏",
            "^Pelayanan {b} sangat memuaskan. Barang sesuai deskripsi dan pengiriman tepat waktu.",
            "kurir {courier} yg nganter paket {b} ke rumah ramah bgt, mau nunggu gw turun dari lantai 4",
            "baru nyobain Belanjain Pay buat bayar listrik, gampang & ada cashbacknya. lumayan {e+}");
        P(BL, Pr, "en",
            "{b} delivery in {city} is genuinely faster than I expected",
            "Got my refund from {b} in a day. not bad at all");
        P(BL, Pr, "jv",
            "tuku nang {b} saiki cepet tenan tekane, mantep");
        P(BL, Pr, "su",
            "meser di {b} gancang pisan dugina, nuhun");

        P(BL, Ch, "id",
            "keranjang {b} penuh, saldo kosong. keseimbangan hidup {lol}",
            "abis gajian langsung buka {b}, kebiasaan buruk yg ga bisa diubah",
            "nungguin kurir {b} tuh deg2an kaya nungguin chat gebetan",
            "ibu gw sekarang jago bgt belanja di {b}, gw yg bayarin {lol}",
            "12.12 masih 3 minggu lagi tapi keranjang {b} gw udah siap perang",
            "kurir {b} udah hafal nama gw. ini prestasi atau aib {lol}",
            "live shopping {b} jam segini isinya ibu2 jualan gamis semua {lol}");
        P(BL, Ch, "en",
            "my {b} cart is basically a wishlist of things i'll never buy");
        P(BL, Ch, "jv",
            "tuku-tuku nang {b} terus, dompet nangis");
        P(BL, Ch, "su",
            "unggal gajian pasti muka {b}, teu tiasa dicegah {lol}");
    }
}
