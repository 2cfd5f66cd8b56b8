namespace Pantau.DemoCorpus;

internal sealed partial class TemplateBank
{
    private const string Biz = "kabarkini.example,wartaniaga.example,jurnalnusa.example";
    private const string Tech = "teknopekan.example,kabarkini.example,jurnalnusa.example";

    private void AddNews()
    {
        N(NT, "id", Biz, "Nusantel Perluas Jaringan NusaHome ke {n} Kota di {region}",
            "JAKARTA, [OUT] — PT Nusantel Tbk memperluas jangkauan layanan internet fiber NusaHome ke {n} kota baru di {region} hingga akhir 2026. Perusahaan menargetkan tambahan 250 ribu pelanggan rumah tangga dari ekspansi tersebut.");
        N(NT, "id", Biz, "Pendapatan Nusantel Naik {pct} Persen pada Kuartal III 2026",
            "JAKARTA, [OUT] — Operator telekomunikasi Nusantel membukukan kenaikan pendapatan {pct} persen secara tahunan pada kuartal III 2026, ditopang pertumbuhan layanan data seluler NusaKuota dan internet rumah NusaHome.");
        N(NT, "id", Tech, "Nusantel Uji Coba 5G di {city}, Kecepatan Tembus 1 Gbps",
            "[OUT] — Nusantel mulai menguji coba jaringan 5G komersial di sejumlah titik di {city}. Dalam pengujian terbatas, kecepatan unduh disebut mencapai 1 Gbps.");
        NE(NT, "id", "beritabandungraya.example,kabarkini.example", "Gangguan Jaringan Nusantel di {city}, Pelanggan Keluhkan Sinyal Hilang",
            "{city}, [OUT] — Sejumlah pelanggan Nusantel di {city} mengeluhkan hilangnya sinyal seluler dan terputusnya layanan NusaHome sejak pagi. Pihak Nusantel menyatakan tim teknis tengah melakukan perbaikan.");
        N(NT, "id", Tech, "Review Paket NusaHome 2026: Mana yang Paling Worth It?",
            "[OUT] — Kami menguji empat paket internet rumah NusaHome dari Nusantel selama sebulan penuh, mulai dari 30 Mbps hingga 200 Mbps. Hasilnya, paket menengah menawarkan keseimbangan terbaik antara harga dan stabilitas koneksi.");
        N(NT, "id", Biz, "Nusantel Luncurkan Paket NusaKuota Khusus Pelajar",
            "JAKARTA, [OUT] — Nusantel meluncurkan paket NusaKuota Pelajar dengan harga mulai Rp 25.000 per bulan. Paket ini menyasar siswa dan mahasiswa yang membutuhkan akses aplikasi pembelajaran daring.");
        N(NT, "en", "jakartaledger.example", "Nusantel expands NusaHome fibre to {n} more cities",
            "JAKARTA, [OUT] — Telecom operator Nusantel said on Monday it would bring its NusaHome fibre broadband to {n} additional cities in {region} by the end of 2026.");

        N(BS, "id", Biz, "Laba Bersih Bank Sentosa Naik {pct} Persen pada Kuartal III 2026",
            "JAKARTA, [OUT] — PT Bank Sentosa Tbk mencatat laba bersih naik {pct} persen secara tahunan pada kuartal III 2026. Pertumbuhan ditopang penyaluran kredit konsumer dan peningkatan transaksi digital melalui Sentosa Mobile.");
        NE(BS, "id", Tech, "Aplikasi Sentosa Mobile Sempat Error, Nasabah Keluhkan Gagal Transfer",
            "[OUT] — Aplikasi Sentosa Mobile milik Bank Sentosa sempat mengalami gangguan pada Senin pagi. Sejumlah nasabah melaporkan gagal login dan transfer tertunda. Bank Sentosa menyebut gangguan telah ditangani.");
        N(BS, "id", Biz, "Bank Sentosa Imbau Nasabah Waspada Penipuan Berkedok Perubahan Tarif",
            "JAKARTA, [OUT] — Bank Sentosa mengimbau nasabah mewaspadai pesan berantai yang mengatasnamakan bank terkait perubahan tarif transfer. Bank menegaskan tidak pernah meminta data pribadi, PIN, maupun OTP melalui tautan.");
        N(BS, "id", "dompetcerdas.example", "5 Fitur Sentosa Mobile yang Jarang Dipakai Padahal Berguna",
            "[OUT] — Selain transfer dan cek saldo, aplikasi Sentosa Mobile dari Bank Sentosa punya sejumlah fitur yang bisa membantu mengatur keuangan, mulai dari kantong tabungan terpisah hingga pengingat tagihan otomatis.");
        N(BS, "en", "jakartaledger.example", "Bank Sentosa Q3 profit beats estimates on digital growth",
            "JAKARTA, [OUT] — Bank Sentosa reported a {pct} percent rise in third-quarter net profit, beating analyst estimates as transactions on its Sentosa Mobile app continued to grow.");

        N(KS, "id", Biz, "Kopi Senja Buka Gerai ke-{num}0, Bidik Pasar {city}",
            "JAKARTA, [OUT] — Jaringan kedai kopi Kopi Senja resmi membuka gerai barunya di {city}. Perusahaan menargetkan total 600 gerai di seluruh Indonesia hingga akhir 2027.");
        N(KS, "id", "jelajahrasa.example", "Review Jujur Kopi Senja: 5 Menu yang Wajib Dicoba",
            "[OUT] — Dari es kopi susu gula aren yang jadi andalan sampai menu musiman {newdrink}, berikut lima menu Kopi Senja yang menurut kami paling layak dicoba.");
        N(KS, "id", Biz, "Kopi Senja Hadirkan Menu Musiman {newdrink}",
            "JAKARTA, [OUT] — Kopi Senja meluncurkan menu musiman {newdrink} yang tersedia di seluruh gerai mulai pekan ini. Menu tersebut dijual mulai Rp 28.000.");
        N(KS, "id", Biz, "Kopi Senja Gandeng Petani Kopi {region} untuk Pasokan Biji Lokal",
            "[OUT] — Kopi Senja menjalin kemitraan dengan koperasi petani kopi di {region} untuk memasok biji kopi arabika. Kerja sama ini diklaim meningkatkan pendapatan petani hingga 20 persen.");

        N(RA, "id", "kabarudara.example,kabarkini.example", "Rajawali Air Tambah Frekuensi Penerbangan {route_id} Jelang Libur Akhir Tahun",
            "[OUT] — Maskapai Rajawali Air menambah frekuensi penerbangan rute {route_id} mulai Desember 2026 untuk mengantisipasi lonjakan penumpang pada libur Natal dan Tahun Baru.");
        N(RA, "id", "kabarudara.example,wartaniaga.example", "Rajawali Air Catat Ketepatan Waktu {pct} Persen Sepanjang Oktober",
            "[OUT] — Rajawali Air melaporkan tingkat ketepatan waktu (on-time performance) sebesar {pct} persen sepanjang Oktober 2026. Angka ini meningkat dibandingkan bulan sebelumnya.");
        NE(RA, "id", "surabayahariini.example,kabarkini.example", "Cuaca Buruk, Sejumlah Penerbangan Rajawali Air di Juanda Tertunda",
            "SURABAYA, [OUT] — Cuaca buruk yang melanda Surabaya menyebabkan sejumlah penerbangan Rajawali Air dari Bandara Juanda mengalami keterlambatan hingga dua jam.");
        N(RA, "id", "kabarudara.example", "Pengalaman Terbang dengan Rajawali Air Kelas Bisnis ke {dest}",
            "[OUT] — Kami mencoba kelas bisnis Rajawali Air rute {route_id}. Kursi lega, layanan ramah, dan makanan yang cukup memuaskan, meski hiburan di pesawat masih terbatas.");
        N(RA, "en", "jakartaledger.example", "Rajawali Air adds daily Jakarta–Singapore flights",
            "JAKARTA, [OUT] — Rajawali Air will operate a second daily flight between Jakarta and Singapore from December, the airline said, citing strong demand from business travellers.");

        N(BL, "id", Biz, "Harbolnas 12.12, Belanjain Siapkan Diskon hingga 90 Persen",
            "JAKARTA, [OUT] — Platform belanja daring Belanjain menyiapkan potongan harga hingga 90 persen dan gratis ongkos kirim untuk menyambut Hari Belanja Online Nasional 12.12.");
        N(BL, "id", Biz, "Belanjain Gandeng UMKM {city}, Targetkan {num} Ribu Penjual Baru",
            "[OUT] — Belanjain bekerja sama dengan pemerintah daerah {city} untuk mendampingi pelaku UMKM masuk ke pasar digital. Perusahaan menargetkan {num} ribu penjual baru hingga tahun depan.");
        N(BL, "id", "dompetcerdas.example,teknopekan.example", "Cara Aman Pakai Belanjain Pay agar Tidak Kena Tipu",
            "[OUT] — Maraknya penipuan berkedok giveaway membuat pengguna Belanjain Pay perlu lebih waspada. Berikut langkah sederhana untuk mengamankan akun Anda.");
        N(BL, "id", Tech, "Belanjain Luncurkan Fitur Belanja Lewat Siaran Langsung",
            "[OUT] — Belanjain memperkenalkan fitur belanja lewat siaran langsung yang memungkinkan penjual memamerkan produk secara real time. Fitur ini tersedia untuk seluruh penjual mulai pekan ini.");
        N(BL, "en", "jakartaledger.example", "Belanjain gears up for 12.12 sale as competition heats up",
            "JAKARTA, [OUT] — E-commerce platform Belanjain said it expects record orders during the 12.12 shopping festival, offering discounts of up to 90 percent.");

        // More stories (industry, local, blogs).
        N(NT, "id", Biz, "Nusantel Bangun {num} Menara BTS Baru di Wilayah 3T",
            "JAKARTA, [OUT] — Nusantel membangun {num} menara BTS baru di daerah tertinggal, terdepan, dan terluar (3T) sepanjang 2026. Program ini ditargetkan membuka akses internet bagi ratusan desa di {region}.");
        N(NT, "id", Tech, "Harga Paket NusaKuota Naik Mulai Desember, Ini Rinciannya",
            "[OUT] — Nusantel akan menyesuaikan harga sejumlah paket NusaKuota mulai 1 Desember 2026. Kenaikan berkisar Rp 2.000 hingga Rp 10.000 tergantung jenis paket.");
        N(NT, "id", "teknopekan.example", "Kenapa Internet NusaHome Lambat di Malam Hari? Ini Penjelasannya",
            "[OUT] — Banyak pelanggan NusaHome dari Nusantel mengeluhkan kecepatan turun pada jam sibuk pukul 19.00–23.00. Kami menjelaskan penyebab teknisnya dan beberapa langkah yang bisa dicoba di rumah.");
        N(NT, "id", "surabayahariini.example", "Nusantel Buka Gerai Layanan Baru di {city}",
            "[OUT] — Nusantel meresmikan gerai layanan pelanggan baru di {city}. Gerai ini melayani pemasangan NusaHome, penggantian kartu, hingga pengaduan tagihan Nusantel Prima.");
        N(NT, "en", "jakartaledger.example", "Nusantel to raise NusaKuota prices from December",
            "JAKARTA, [OUT] — Nusantel will raise prices on several NusaKuota mobile data packages from December 1, the operator said, citing network investment costs.");
        N(BS, "id", Biz, "Bank Sentosa Salurkan Kredit UMKM Rp {num} Triliun hingga Oktober",
            "JAKARTA, [OUT] — Bank Sentosa telah menyalurkan kredit untuk usaha mikro, kecil, dan menengah senilai Rp {num} triliun hingga Oktober 2026, tumbuh dua digit dibandingkan tahun lalu.");
        N(BS, "id", "dompetcerdas.example", "Perbandingan Biaya Admin Tabungan 2026: Bank Sentosa Termasuk Paling Murah?",
            "[OUT] — Kami membandingkan biaya administrasi bulanan, tarik tunai, dan transfer antarbank dari sejumlah bank. Tabungan digital Bank Sentosa termasuk yang paling ringan biayanya.");
        N(BS, "id", Biz, "Bank Sentosa Hadirkan Fitur Passkey di Sentosa Mobile",
            "[OUT] — Bank Sentosa menghadirkan metode login passkey di aplikasi Sentosa Mobile sebagai alternatif OTP SMS. Fitur ini diklaim lebih aman dari serangan phishing.");
        N(BS, "id", "beritabandungraya.example,surabayahariini.example", "Nasabah Bank Sentosa di {city} Keluhkan ATM Sering Offline",
            "[OUT] — Sejumlah nasabah Bank Sentosa di {city} mengeluhkan mesin ATM yang sering tidak dapat digunakan, terutama pada akhir pekan. Pihak bank menyatakan sedang melakukan peremajaan mesin.");
        N(KS, "id", "jelajahrasa.example", "Adu Es Kopi Susu Gula Aren: Kopi Senja vs Kedai Lokal",
            "[OUT] — Kami mencicipi es kopi susu gula aren dari Kopi Senja dan tiga kedai lokal di {city}. Hasilnya cukup mengejutkan, terutama soal tingkat kemanisan dan harga.");
        N(KS, "id", Biz, "Kopi Senja Bidik Pendanaan Baru untuk Ekspansi ke Malaysia",
            "JAKARTA, [OUT] — Jaringan kedai kopi Kopi Senja dikabarkan tengah menggalang pendanaan baru untuk membuka gerai pertamanya di Malaysia pada 2027.");
        N(KS, "id", "beritabandungraya.example,surabayahariini.example", "Antrean Promo Kopi Senja Bikin Macet Jalan di {city}",
            "[OUT] — Antrean pembeli promo beli satu gratis satu di salah satu gerai Kopi Senja di {city} sempat membuat lalu lintas tersendat pada Senin pagi.");
        N(KS, "en", "jakartaledger.example", "Kopi Senja eyes Malaysia as homegrown coffee chains go regional",
            "JAKARTA, [OUT] — Indonesian coffee chain Kopi Senja is reportedly raising fresh funds to open its first outlets in Malaysia next year.");
        N(RA, "id", "kabarudara.example", "Rajawali Air Datangkan Pesawat Baru, Armada Jadi {num} Unit",
            "[OUT] — Rajawali Air menerima kedatangan pesawat baru yang akan dioperasikan untuk rute domestik. Dengan tambahan ini, armada Rajawali Air menjadi {num} unit.");
        N(RA, "id", Biz, "Rajawali Air Buka Rute Baru {route_id}",
            "JAKARTA, [OUT] — Maskapai Rajawali Air membuka rute penerbangan langsung {route_id} mulai Desember 2026 dengan frekuensi empat kali seminggu.");
        N(RA, "id", "kabarudara.example,dompetcerdas.example", "Tips Dapat Tiket Murah Rajawali Air untuk Libur Akhir Tahun",
            "[OUT] — Harga tiket Rajawali Air untuk periode Natal dan Tahun Baru mulai naik. Berikut beberapa tips memesan lebih hemat, mulai dari memilih jam terbang hingga memanfaatkan promo kartu kredit.");
        N(RA, "id", "kabarkini.example,jurnalnusa.example", "Penumpang Keluhkan Bagasi Hilang, Rajawali Air Janji Tindak Lanjuti",
            "[OUT] — Rajawali Air menyatakan akan menindaklanjuti laporan sejumlah penumpang yang kehilangan bagasi pada penerbangan dari {origin}. Maskapai meminta penumpang melapor melalui kanal resmi.");
        N(BL, "id", "teknopekan.example", "Belanjain Perbarui Aplikasi, Kini Ada Fitur Lacak Kurir Real Time",
            "[OUT] — Pembaruan terbaru aplikasi Belanjain menghadirkan fitur pelacakan kurir secara real time di peta, mirip layanan ojek daring.");
        N(BL, "id", Biz, "Transaksi Belanjain Pay Tumbuh {pct} Persen Secara Tahunan",
            "JAKARTA, [OUT] — Nilai transaksi dompet digital Belanjain Pay tumbuh {pct} persen secara tahunan pada kuartal III 2026, didorong pembayaran tagihan dan transaksi di merchant offline.");
        N(BL, "id", "kabarkini.example,beritabandungraya.example", "Modus Penipuan Paket COD Fiktif Catut Nama Belanjain",
            "[OUT] — Warga diimbau waspada terhadap modus pengiriman paket COD yang tidak pernah dipesan. Pelaku mencatut nama Belanjain dan memaksa penerima membayar di tempat.");
        N(BL, "id", "dompetcerdas.example", "Jangan Kalap! Cara Atur Budget Belanja Harbolnas di Belanjain",
            "[OUT] — Menjelang 12.12, godaan diskon di Belanjain makin besar. Berikut cara sederhana mengatur anggaran supaya tidak menyesal setelah gajian.");
        N(BL, "en", "jakartaledger.example", "Belanjain Pay transactions jump as e-wallet race heats up",
            "JAKARTA, [OUT] — Transactions on Belanjain Pay, the e-wallet of marketplace Belanjain, rose sharply in the third quarter as more users paid bills through the app.");
        N(NT, "id", Biz, "Nusantel dan Belanjain Kerja Sama Paket Kuota Belanja",
            "JAKARTA, [OUT] — Nusantel dan Belanjain meluncurkan paket NusaKuota khusus belanja daring yang dapat dibeli langsung di aplikasi Belanjain.");

        // Two-brand news.
        N(BS, "id", Biz, "Bank Sentosa dan Belanjain Luncurkan Kartu Kredit Bersama",
            "JAKARTA, [OUT] — Bank Sentosa dan Belanjain meluncurkan kartu kredit co-branding yang menawarkan cashback hingga 10 persen untuk transaksi di Belanjain.");
        N(RA, "id", Biz, "Rajawali Air dan Kopi Senja Hadirkan Kopi Lokal di Dalam Pesawat",
            "[OUT] — Penumpang Rajawali Air kini dapat menikmati kopi Kopi Senja di penerbangan domestik. Kerja sama ini berlaku mulai Desember 2026.");

        // Official brand announcements (posted by the brand accounts on social networks).
        K("brand_news", NT, Intents.News, "id",
            "^Info: akan ada pemeliharaan jaringan NusaHome di area {city} pada pukul 01.00–04.00 WIB. Mohon maaf atas ketidaknyamanannya. #nusantel",
            "^Nikmati NusaKuota Combo 40GB cuma Rp 75.000 sebulan. Aktifkan sekarang di aplikasi Nusantel! #nusantel",
            "^Pelanggan NusaHome, kini upgrade kecepatan bisa langsung dari aplikasi tanpa perlu ke gerai. #nusantel");
        K("brand_news", BS, Intents.News, "id",
            "^Waspada penipuan! Bank Sentosa tidak pernah meminta PIN, OTP, atau password melalui telepon, SMS, maupun link apa pun. #banksentosa",
            "^Sentosa Mobile akan menjalani pemeliharaan sistem malam ini pukul 23.00–01.00 WIB. Terima kasih atas pengertiannya. #banksentosa");
        K("brand_news", KS, Intents.News, "id",
            "^Senin Senja Hemat is back! Beli 1 gratis 1 es kopi susu gula aren setiap Senin, khusus member. ☕ #kopisenja",
            "^Menu musiman {newdrink} sudah hadir di semua outlet Kopi Senja. Sudah coba? ☕ #kopisenja");
        K("brand_news", RA, Intents.News, "id",
            "^Rencanakan liburan akhir tahunmu! Promo Rajawali Air diskon hingga 30% untuk pemesanan hingga 30 November. #rajawaliair",
            "^Mulai 1 Desember, Rajawali Air membuka rute baru {route_id}. Tiket sudah bisa dipesan di aplikasi. #rajawaliair");
        K("brand_news", BL, Intents.News, "id",
            "^Hitung mundur 12.12! Siapkan keranjangmu, ada diskon hingga 90% dan gratis ongkir se-Indonesia 🛒 #belanjain",
            "^Flash sale tengah malam dimulai jam 00.00 nanti. Jangan sampai kehabisan ya! #belanjain");
    }
}
