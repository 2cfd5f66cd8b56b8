namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddRajawaliAir()
    {
        P(RA, C, "id",
            "makasih loh {at} udah bikin saya nunggu {hh} di bandara {airport}. {flight} delay tanpa kabar {e-}",
            "koper gw ilang abis naik {flight} {route_id}. udah lapor lost & found, disuruh nunggu {dd}",
            "{flight} delay {hh}, cuma dikasih roti sama air mineral. kompensasi sesuai aturan mana {min}?",
            "reschedule tiket {b} kena biaya {amt_m}, padahal yg ngubah jadwal maskapainya sendiri",
            "^Penerbangan {flight} rute {route_id} dibatalkan sepihak dan refund belum diproses setelah {dd}. Kode booking {pnr}. Mohon kejelasan {at}.",
            "pramugari {b} di {flight} judes bgt. minta selimut aja kaya minta warisan",
            "koper gw rusak, rodanya copot satu. pas klaim di {airport} malah dilempar ke sana kemari. {b} parah",
            "web check-in {b} error terus, pas di counter disuruh bayar {amt_s} karena 'belum check-in'. lah",
            "udah {nx} naik {b} delay terus. kapan tepat waktunya sih",
            "kursi udah dipilih pas booking, pas boarding dipindah ke belakang deket toilet. {at} maksudnya apa",
            "refund tiket {b} dijanjiin 30 hari kerja, ini udah {n} bulan. duit {amt_l} nyangkut",
            "gate dipindah mendadak tanpa pengumuman yg jelas, hampir ketinggalan pesawat. {b} tolonglah",
            "AC pesawat {flight} mati selama nunggu take off {mm}. panas bgt, bayi2 pada nangis",
            "bagasi gw kebuka dan ada barang yg ilang. {flight} {route_id}. kayanya mau lapor polisi sekalian {at}",
            "{b} makin ke sini makin mirip terminal bis. delay udah kaya tradisi",
            "delay {hh} terus tiba2 cancel jam 11 malem. hotel ga dikasih, disuruh cari sendiri. {b} {e-}",
            "keren banget {b}, jadwal dimajuin 2 jam tanpa kabar, gw ketinggalan pesawat dan disuruh beli tiket baru 👍",
            "^Saya penumpang {flight} tujuan {dest}. Bagasi saya tidak ikut terbang dan hingga kini belum ada informasi. Mohon tanggung jawab {at}.",
            "minta kursi roda buat nenek udah dari pas booking, sampe {airport} ga ada yg nyiapin. {at} gimana sih",
            "baru landing, nunggu bagasi {mm} di belt. {b} kenapa selalu lama",
            "call center {b} ga bisa dihubungin sama sekali pas penerbangan dibatalin. mau nanya ke siapa coba",
            "harga tiket {b} ke {dest} naik 2x lipat pas libur sekolah. pelayanannya tetep aja");
        P(RA, C, "en",
            "{flight} delayed {hh} with zero updates. Thanks {at}, love spending my holiday at the gate",
            "Lost my checked bag on {flight} to {dest}. {b} ground staff had no idea what to do.",
            "{b} cancelled my flight and offered a voucher instead of a refund. Not acceptable.",
            "Flew {b} from {origin} to {dest}. Seat didn't recline and no water for 2 hours. Meh.",
            "Paid for extra legroom on {b}, got moved to row 31 without explanation. {at}");
        P(RA, C, "jv",
            "{flight} delay meneh, wis {hh} nang bandara. {b} ki piye to",
            "koperku ilang, {b} kon nunggu. nganti kapan iki?",
            "pesawat {b} mundur jadwal terus, aku telat rapat. ra profesional blas");
        P(RA, C, "su",
            "{flight} telat {hh}, teu aya béjana pisan. {b} kumaha ieu?",
            "koper abdi leungit saatos naek {b}. punten {at} dibantosan");
        P(RA, C, "ms",
            "Penerbangan {b} dari {origin} lewat {hh}, tiada penjelasan langsung. Kecewa.");

        P(RA, Q, "id",
            "{min} bagasi gratis {b} rute {route_id} berapa kg ya?",
            "bawa powerbank 20.000 mAh di kabin {b} boleh ga sih?",
            "{at} kalo mau ganti nama penumpang di tiket bisa ga?",
            "{b} ada promo akhir tahun ga? mau ke {dest} sama keluarga",
            "check-in counter {b} di {airport} tutup berapa menit sebelum berangkat?",
            "^Selamat siang {at}, apakah penumpang dengan kursi roda dapat mengajukan bantuan khusus? Terima kasih.",
            "{flight} hari ini on time ga ya? ada yg lagi di {airport}?",
            "{min} bayi umur 1 tahun harus beli tiket sendiri ga kalo naik {b}?",
            "bawa sepeda lipat di bagasi {b} kena biaya tambahan ga ya?");
        P(RA, Q, "en",
            "Can I bring a surfboard on {b} to Bali? What's the fee?",
            "{at} how early should I be at {airport} for an international flight?",
            "Does {b} serve vegetarian meals on the {route_id} route?");
        P(RA, Q, "jv",
            "bagasine {b} oleh pirang kilo to?");
        P(RA, Q, "su",
            "tiket {b} ka {dest} kénging di-reschedule teu?");

        P(RA, Pr, "id",
            "pertama kali naik {b}, on time, pramugarinya ramah, snacknya enak. {e+}",
            "landing mulus bgt di {airport}, tepuk tangan buat pilot {flight} 👏",
            "koper gw yg ilang ketemu dan dianter ke rumah sama {b}. makasih banyak {e+}",
            "^Terima kasih {at}, refund tiket saya sudah masuk sesuai janji.",
            "kelas bisnis {b} worth it sih, kursinya lega, makanannya enak",
            "staf {b} di {airport} bantuin nenek gw pake kursi roda sampe ke gate. terharu 🥺",
            "{flight} nyampe 15 menit lebih cepet. tumben banget {b} {lol}",
            "pramugara {b} sabar bgt ngadepin penumpang rewel di sebelah gw. salut");
        P(RA, Pr, "en",
            "Smooth flight on {b} {flight}, arrived early even. Nice",
            "{b} crew were lovely to my kids on the way to {dest} ❤️");
        P(RA, Pr, "jv",
            "numpak {b} saiki tepat wektu, apik {e+}");
        P(RA, Pr, "su",
            "pramugari {b} someah pisan, nuhun");

        P(RA, Ch, "id",
            "gw doang yg tiap naik {b} selalu dapet kursi deket toilet? {lol}",
            "liburan ke {dest} naik {b}, doain on time ya gaes",
            "nonton pesawat {b} take off dari rooftop parkiran {airport} tuh healing bgt",
            "tiket {b} ke {dest} lagi murah, tapi duitnya yg ga ada {lol}",
            "anak gw cita2nya jadi pilot {b} katanya. amin",
            "seragam pramugari {b} yg baru bagus juga ya, batiknya kalem",
            "bapak2 sebelah gw di {flight} tidurnya ngorok kenceng bgt {lol}");
        P(RA, Ch, "en",
            "airport people watching while waiting for my {b} flight. very entertaining");
        P(RA, Ch, "jv",
            "mulih kampung numpak {b}, muga-muga ora delay");
        P(RA, Ch, "su",
            "mudik ka {dest} naek {b}, dungakeun lancar");
    }
}
