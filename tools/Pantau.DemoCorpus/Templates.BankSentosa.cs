namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private void AddBankSentosa()
    {
        P(BS, C, "id",
            "transfer pake Sentosa Mobile gagal tapi saldo kepotong {amt_m}. udah {dd} blm balik. {at} tolong",
            "Sentosa Mobile error mulu {day}, login aja gagal terus. mau bayar apa2 jadi ribet {e-}",
            "^Saya mengalami debit ganda saat pembayaran QRIS sebesar {amt_s} pada {date}. Nomor referensi {tkt}. Mohon segera dikembalikan @banksentosa.",
            "ATM {bn} di {area} nelen kartu gw. CS nya bilang urusnya ke cabang pembuka rekening. yg di kota lain. hadeh",
            "antri di cabang {bn} {city} {hh}, yg buka cuma 2 teller. ini bank apa kantor kelurahan",
            "tiap bulan ada potongan admin {amt_s} padahal katanya gratis biaya admin. {at} penjelasannya mana",
            "Sentosa Mobile minta update terus, udah diupdate malah ga bisa dibuka. hp gw ga jadul2 amat kok {e-}",
            "kartu kredit {b} kena tagihan transaksi yg ga pernah gw lakuin, {amt_l}. udah lapor {dd} masih 'dalam proses'",
            "OTP nya ga masuk2 dari tadi. mau transfer bayar kos jadi telat. {b} plis lah",
            "^Dana refund sebesar {amt_m} dijanjikan kembali dalam 3x24 jam. Ini sudah {dd}. Jika tidak ada kejelasan, saya akan melapor ke OJK. {at}",
            "CS {b} ditelpon jawabannya muter2, ujung2nya disuruh ke cabang. terus fungsi CS apa dong",
            "mantap {b}, pas tanggal gajian Sentosa Mobile maintenance seharian 👍 timingnya luar biasa",
            "tarik tunai di ATM {bn} uangnya ga keluar tapi saldo kepotong {amt_m}. udah lapor, disuruh nunggu {n} hari kerja",
            "kartu debit {b} diblokir sendiri tanpa pemberitahuan. lagi di luar kota, ga bisa bayar apa2 {e-}",
            "sy udah setor tunai di cabang {city} tapi saldo blm masuk, tellernya bilang sistem lagi offline. {at}",
            "BI-FAST dari {b} pending {hh}. uangnya nyangkut dimana ini {e-}",
            "limit kartu kredit tiba2 diturunin tanpa pemberitahuan. pas mau bayar di kasir ditolak, malu bgt {at}",
            "satpam cabang {bn} {area} ramah bgt, tapi CS nya jutek parah. ditanya dikit mukanya langsung asem",
            "keren {b}, notif transaksi masuk 3 jam setelah transaksinya. buat apa notif kalo telat",
            "udah 2026 buka rekening {b} masih harus fotokopi KTP 3 lembar. sentosa mobile nya buat pajangan?",
            "^Kepada {at}, saya keberatan dengan biaya tahunan kartu kredit sebesar {amt_m} yang tetap ditagihkan meskipun saya sudah mengajukan penutupan kartu.",
            "ditelpon ngaku2 dari {b}, tau nama lengkap gw + 4 digit terakhir kartu. data nasabah bocor dari mana nih {at}?",
            "QRIS {b} error pas bayar di warung, malu sama ibu warungnya. akhirnya bayar cash {e-}",
            "Sentosa Mobile logout sendiri tiap buka app lain. harus login ulang mulu, capek");
        P(BS, C, "en",
            "Sentosa Mobile has been down all morning. Can't pay anyone. {at} any update?",
            "Got charged twice for the same QRIS payment ({amt_en}). {b} please refund.",
            "Tried opening an account at {b} as a foreigner. Three visits and still \"sistem tidak bisa\". Lovely.",
            "the {b} app logged me out and now it says my device isn't registered. ugh",
            "Transfer from {b} to my Singapore account has been 'processing' for {dd}. Where's my money?");
        P(BS, C, "jv",
            "transfer soko {b} gagal tapi saldone kepotong {amt_m}. wis {dd} durung bali. piye iki {min}",
            "ATM {bn} nang {city_jv} kok rusak terus to, saben arep njupuk duit mesti offline",
            "ngantri nang {bn} suwe tenan, {hh} durung dipanggil {e-}");
        P(BS, C, "su",
            "Sentosa Mobile teu tiasa dibuka {day}. kumaha ieu {at}?",
            "artos tos kapotong {amt_m} tapi transferna gagal. hese pisan ngurusna ka {b}",
            "ngantri di {bn} {city_su} lami pisan, tos {hh}");
        P(BS, C, "ms",
            "Kad debit {b} tak boleh guna langsung kat kedai. Dah call, tak ada siapa angkat.");

        P(BS, Q, "id",
            "{min} limit transfer Sentosa Mobile per hari berapa ya?",
            "{bn} cabang {city} buka hari sabtu ga?",
            "cara ganti nomor hp di Sentosa Mobile gimana ya? nomor lama udah ga aktif",
            "^Selamat pagi {at}, apakah kartu debit Bank Sentosa dapat digunakan untuk tarik tunai di luar negeri? Terima kasih.",
            "buka rekening {b} bisa online full ga sih? atau tetep harus ke cabang",
            "ada yg tau bunga deposito {b} sekarang berapa?",
            "{at} cicilan 0% kartu kredit bisa dipake di merchant apa aja?",
            "kalo salah transfer di Sentosa Mobile bisa dibatalin ga ya? panik nih {e-}",
            "{min} kartu ATM gw patah, ganti baru bisa di cabang mana aja atau harus cabang asal?",
            "^Mohon informasi {at}, berapa lama proses pengajuan KPR di Bank Sentosa hingga akad?",
            "Sentosa Mobile bisa dipake buat bayar pajak motor ga ya?");
        P(BS, Q, "en",
            "Can I add my {b} card to a mobile wallet yet?",
            "Does {b} charge a fee for transfers to Singapore? {at}",
            "Expat here, which documents does {b} need to open a savings account with a KITAS?");
        P(BS, Q, "jv",
            "{min}, bukak rekening {b} iso online opo kudu nang kantor cabang?");
        P(BS, Q, "su",
            "punten, {bn} cabang {city_su} buka dinten saptu teu?");

        P(BS, Pr, "id",
            "Sentosa Mobile yg baru enak bgt, transfer cepet, tampilannya ga ribet {e+}",
            "salut sama CS {bn} cabang {area}, bantuin ibu gw yg gaptek ngurus ATM sampe beres 🙏",
            "salah transfer {amt_m}, lapor ke {at}, {dd} kemudian duitnya balik. terima kasih banyak",
            "^Terima kasih {at}, keluhan saya terkait debit ganda sudah diselesaikan kurang dari 24 jam.",
            "baru sadar transfer antar bank di {b} sekarang gratis. mantap",
            "cashback kartu kredit {b} lumayan juga ya, bulan ini dapet {amt_s}",
            "pertama kali nabung emas lewat Sentosa Mobile, gampang ternyata {e+}",
            "teller {bn} {area} cepet bgt kerjanya, ramah lagi. jarang2 ke bank pulang2 hepi");
        P(BS, Pr, "en",
            "{b} app is honestly one of the better banking apps here. clean and fast",
            "Shoutout to the {bn} branch in {area}, sorted my account in 20 minutes");
        P(BS, Pr, "jv",
            "Sentosa Mobile saiki apik tenan, ora tau error {e+}");
        P(BS, Pr, "su",
            "nuhun {at}, artos abdi tos mulih deui 🙏");

        P(BS, Ch, "id",
            "gajian masuk ke {b}, keluar lagi ke cicilan. numpang lewat doang {lol}",
            "notif Sentosa Mobile 'dana masuk' tuh bunyi paling indah sedunia",
            "ada yg kerja di {b}? enak ga sih kerja di sana?",
            "antrian cabang {b} tiap hari senin emang selalu panjang ya",
            "nabung di {b} dari SD, saldonya sekarang masih segitu2 aja {lol}",
            "mamah gw kalo ke {b} dandan dulu, katanya biar dilayanin dgn baik {lol}");
        P(BS, Ch, "en",
            "my {b} account balance and I are not on speaking terms this month");
        P(BS, Ch, "jv",
            "gajian mlebu {b}, metu meneh nggo cicilan. mampir tok {lol}");
        P(BS, Ch, "su",
            "artos gajian mung mampir hungkul di {b} {lol}");
    }
}
