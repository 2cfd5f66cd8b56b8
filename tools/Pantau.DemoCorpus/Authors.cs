using System.Globalization;

namespace Pantau.DemoCorpus;

/// <summary>The fixed pool of fictional authors, reused consistently across posts.</summary>
internal sealed class AuthorPool
{
    private static readonly string[] IdFirst =
    [
        "Budi", "Rina", "Andi", "Dewi", "Agus", "Sari", "Rizky", "Putri", "Fajar", "Ayu", "Dimas", "Nadia", "Yoga", "Intan",
        "Bayu", "Citra", "Reza", "Anisa", "Hendra", "Maya", "Galih", "Tiara", "Farhan", "Salsa", "Kevin", "Nabila", "Aldi",
        "Indah", "Fikri", "Wulan", "Ilham", "Lestari", "Rangga", "Irfan", "Gilang", "Ratna", "Hafiz", "Vina", "Teguh", "Yuni",
        "Rahmat", "Siti", "Eko", "Mega", "Aditya", "Novi", "Bima", "Laras", "Fadli", "Tasya", "Ricky", "Shinta", "Hanif",
        "Kartika", "Yusuf", "Amelia", "Rio", "Dita", "Arya", "Zahra", "Rafi", "Alya", "Naufal", "Keisha", "Daffa", "Aulia",
        "Fitri", "Robby", "Sekar", "Raka", "Bella", "Ikhsan", "Nurul", "Stevan", "Grace", "Yohanes", "Michael", "Febri",
        "Anggi", "Desi", "Riska", "Taufik", "Imam", "Rudi", "Wawan", "Lina", "Oki", "Ferdi", "Jessica", "Vivi", "Cindy",
    ];

    private static readonly string[] IdLast =
    [
        "Santoso", "Wijaya", "Saputra", "Pratama", "Hidayat", "Nugroho", "Kusuma", "Permata", "Siregar", "Nasution", "Harahap",
        "Simanjuntak", "Lubis", "Tanjung", "Rahman", "Hakim", "Putra", "Wibowo", "Setiawan", "Gunawan", "Halim", "Susanto",
        "Kurniawan", "Firmansyah", "Ramadhan", "Maulana", "Fauzi", "Syahputra", "Hutapea", "Manurung", "Sembiring", "Ginting",
        "Tarigan", "Wenas", "Tambunan", "Wahyudi", "Prasetyo", "Anggraini", "Safitri", "Handayani", "Purnamasari", "Sinaga",
        "Pohan", "Lumbantobing", "Rangkuti", "Panjaitan", "Pardede", "Mokoginta", "Paputungan", "Lamba", "Tanuwijaya", "Salim",
    ];

    private static readonly string[] JvFirst =
    [
        "Slamet", "Joko", "Sri", "Wahyu", "Bambang", "Suryani", "Sugeng", "Tri", "Endah", "Suparman", "Darmini", "Wiji",
        "Bagus", "Puji", "Rahayu", "Agung", "Dwi", "Sumarni", "Heru", "Retno", "Yanto", "Widya", "Priyo", "Ningsih", "Gendis",
    ];

    private static readonly string[] JvLast =
    [
        "Sutrisno", "Sudarsono", "Wibisono", "Hartono", "Purwanto", "Sulistyo", "Handoko", "Hadi", "Kuncoro", "Suryadi",
        "Wicaksono", "Nugraha", "Setyawati", "Lestari", "Raharjo", "Pamungkas", "Utomo", "Santosa",
    ];

    private static readonly string[] SuFirst =
    [
        "Asep", "Ujang", "Dede", "Cecep", "Euis", "Neng", "Yayan", "Iis", "Dadang", "Acep", "Lilis", "Nining", "Cucu",
        "Teten", "Enung", "Ujang", "Elis", "Rina", "Dadan", "Aep", "Ai", "Nenden", "Kokom", "Wawan", "Ikbal",
    ];

    private static readonly string[] SuLast =
    [
        "Sunarya", "Suryana", "Permana", "Hermawan", "Kurniadi", "Supriatna", "Sopian", "Mulyana", "Ruhiyat", "Gumilar",
        "Nurjaman", "Sukmana", "Hidayat", "Rustandi", "Saepudin", "Kusnadi", "Sudrajat",
    ];

    private static readonly (string Name, string Country)[] EnNames =
    [
        ("James Carter", "US"), ("Sarah Mitchell", "US"), ("Tom Becker", "DE"), ("Emily Walsh", "AU"), ("Daniel Novak", "US"),
        ("Lucas Martin", "AU"), ("Hannah Kim", "US"), ("Olivia Brooks", "GB"), ("Ryan O'Connor", "AU"), ("Megan Price", "US"),
        ("Chris Duval", "US"), ("Anna Schmidt", "DE"), ("Ben Turner", "GB"), ("Chloe Harris", "AU"), ("Mark Jensen", "NL"),
        ("Laura Fischer", "DE"), ("Jake Morales", "US"), ("Priya Raman", "SG"), ("Wei Lin Tan", "SG"), ("Jason Tan", "SG"),
        ("Rachel Lim", "SG"), ("Marcus Ong", "SG"), ("Kelvin Goh", "SG"), ("Nicole Teo", "SG"), ("Sam Whitaker", "GB"),
        ("Jess Moreau", "AU"), ("Ethan Clarke", "US"), ("Zoe Bennett", "GB"), ("Noah Visser", "NL"), ("Grace Li", "SG"),
        ("Tyler Brooks", "US"), ("Amy Nguyen", "US"), ("Liam Foster", "AU"), ("Sophie Dubois", "US"), ("Dan Rourke", "US"),
    ];

    private static readonly string[] MsNames =
    [
        "Nurul Aina", "Farid Hakim", "Aiman Haziq", "Amirul Iqbal", "Syafiq Rahman", "Nur Izzati", "Hafizah Omar",
        "Khairul Anuar", "Liyana Zulkifli", "Aisyah Razak", "Danial Azmi", "Kumar Selvam", "Mei Ling Chong", "Hakimi Yusof",
        "Farah Nadhirah", "Izzat Hanafi",
    ];

    private static readonly string[] HandleWords =
    [
        "ngopi", "jkt", "bdg", "sby", "jogja", "mdn", "official", "real", "aja", "nih", "id", "kerja", "santuy", "87", "99",
        "22", "01", "ganteng", "cantik", "receh", "ceria", "senja", "hujan", "malam", "pagi", "kucing", "xoxo", "dev", "ig",
    ];

    private readonly Rng _rng;
    private readonly HashSet<string> _handles = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Author> _people = [];
    private readonly Dictionary<string, List<Author>> _byLang = new(StringComparer.Ordinal);

    public List<Author> Spammers { get; } = [];
    public List<Author> EmailUsers { get; } = [];
    public List<Author> RedditUsers { get; } = [];
    public List<Author> MastodonUsers { get; } = [];
    public List<Author> Influencers { get; } = [];
    public Dictionary<string, Author> Named { get; } = new(StringComparer.Ordinal);

    public AuthorPool(Rng rng)
    {
        _rng = rng;
        BuildFixed();
        BuildPeople();
        BuildSpammers();
        BuildEmail();
        BuildReddit();
        BuildMastodon();
    }

    public IReadOnlyList<Author> People => _people;

    public Author this[string handle] => Named[handle];

    public Author PersonFor(string lang)
    {
        var list = _byLang[lang];
        return _rng.WeightedBy(list, a => a.Kind == AuthorKind.Influencer ? a.Activity * 0.025 : a.Activity);
    }

    private Author Add(string handle, string name, int followers, bool verified, AuthorKind kind, string[] langs, string? country,
        double activity = 1.0, string? list = null, string? instance = null)
    {
        if (!_handles.Add(handle))
        {
            throw new InvalidOperationException("duplicate handle " + handle);
        }

        var a = new Author
        {
            Handle = handle, Name = name, Followers = followers, Verified = verified, Kind = kind, Langs = langs, Country = country,
            Activity = activity, MailingList = list, Instance = instance,
        };
        Named[handle] = a;
        return a;
    }

    private void BuildFixed()
    {
        // Brand accounts.
        Add("nusantel", "Nusantel", 1_352_400, true, AuthorKind.BrandAccount, ["id", "en"], "ID");
        Add("nusantel_care", "Nusantel Care", 412_870, true, AuthorKind.BrandAccount, ["id", "en"], "ID");
        Add("banksentosa", "Bank Sentosa", 781_230, true, AuthorKind.BrandAccount, ["id", "en"], "ID");
        Add("kopisenja", "Kopi Senja", 643_900, true, AuthorKind.BrandAccount, ["id", "en"], "ID");
        Add("rajawaliair", "Rajawali Air", 1_104_560, true, AuthorKind.BrandAccount, ["id", "en"], "ID");
        Add("belanjain", "Belanjain", 2_418_300, true, AuthorKind.BrandAccount, ["id", "en"], "ID");

        // News outlets on X and their sites (feed).
        Add("kabarkini", "KabarKini", 2_104_500, true, AuthorKind.Outlet, ["id"], "ID");
        Add("wartaniaga_id", "Warta Niaga", 893_200, true, AuthorKind.Outlet, ["id"], "ID");
        Add("jurnalnusa", "Jurnal Nusa", 641_750, true, AuthorKind.Outlet, ["id"], "ID");
        Add("teknopekan", "TeknoPekan", 121_480, false, AuthorKind.Outlet, ["id"], "ID");
        Add("jakartaledger", "The Jakarta Ledger", 312_040, true, AuthorKind.Outlet, ["en"], "ID");
        Add("kabarkini.example", "KabarKini", 2_104_500, true, AuthorKind.Site, ["id"], "ID");
        Add("wartaniaga.example", "Warta Niaga", 893_200, true, AuthorKind.Site, ["id"], "ID");
        Add("jurnalnusa.example", "Jurnal Nusa", 641_750, true, AuthorKind.Site, ["id"], "ID");
        Add("teknopekan.example", "TeknoPekan", 121_480, false, AuthorKind.Site, ["id"], "ID");
        Add("jakartaledger.example", "The Jakarta Ledger", 312_040, true, AuthorKind.Site, ["en"], "ID");
        Add("dompetcerdas.example", "Dompet Cerdas", 48_300, false, AuthorKind.Site, ["id"], "ID");
        Add("jelajahrasa.example", "Jelajah Rasa", 36_900, false, AuthorKind.Site, ["id"], "ID");
        Add("kabarudara.example", "Kabar Udara", 27_450, false, AuthorKind.Site, ["id"], "ID");
        Add("beritabandungraya.example", "Berita Bandung Raya", 184_200, false, AuthorKind.Site, ["id"], "ID");
        Add("surabayahariini.example", "Surabaya Hari Ini", 152_600, false, AuthorKind.Site, ["id"], "ID");

        // Influencers.
        Influencers.Add(Add("raka_opini", "Raka Pradipta", 852_300, true, AuthorKind.Influencer, ["id"], "ID", 0.6));
        Influencers.Add(Add("nadia_jalanjalan", "Nadia | jalan-jalan terus", 318_900, true, AuthorKind.Influencer, ["id", "en"], "ID", 0.8));
        Influencers.Add(Add("kulinerbang_jo", "Jo Kuliner", 544_100, false, AuthorKind.Influencer, ["id"], "ID", 0.8));
        Influencers.Add(Add("mas_gadget", "Mas Gadget", 1_214_000, true, AuthorKind.Influencer, ["id"], "ID", 0.7));
        Influencers.Add(Add("cerita_duit", "Cerita Duit", 208_700, false, AuthorKind.Influencer, ["id"], "ID", 0.7));
        Influencers.Add(Add("tantehemat", "Tante Hemat 🛒", 95_400, false, AuthorKind.Influencer, ["id"], "ID", 0.9));
        Influencers.Add(Add("kopiholic_id", "Kopiholic ID", 78_200, false, AuthorKind.Influencer, ["id"], "ID", 0.9));
        Influencers.Add(Add("ahmadsyarif_law", "Ahmad Syarif, S.H.", 131_600, true, AuthorKind.Influencer, ["id"], "ID", 0.5));
        Influencers.Add(Add("bintang_komedi", "Bintang", 1_930_000, true, AuthorKind.Influencer, ["id"], "ID", 0.5));
        Influencers.Add(Add("bali_expat_life", "Jess | Bali Expat Life", 149_800, false, AuthorKind.Influencer, ["en"], "ID", 0.8));
        Influencers.Add(Add("teknologi_hariini", "Teknologi Hari Ini", 296_500, false, AuthorKind.Influencer, ["id"], "ID", 0.6));
        Influencers.Add(Add("si_bima_traveler", "Bima Traveler", 61_300, false, AuthorKind.Influencer, ["id", "en"], "ID", 0.8));

        // Crisis cast.
        Add("dinda_rhm", "Dinda Rahmawati", 2_300, false, AuthorKind.Person, ["id"], "ID", 0.0);
        Add("tasya_wulandr", "Tasya Wulandari", 1_180, false, AuthorKind.Person, ["id"], "ID", 0.0);
        Add("bang_irwan_", "Irwan Setiadi", 12_400, false, AuthorKind.Person, ["id"], "ID", 0.0);
    }

    private void BuildPeople()
    {
        // (language profile, count)
        var profiles = new (string[] Langs, int Count)[]
        {
            (["id"], 250), (["id", "en"], 55), (["en"], 45), (["en", "id"], 15), (["jv", "id"], 40), (["su", "id"], 34), (["ms", "en"], 14),
        };

        var rank = 0;
        foreach (var (langs, count) in profiles)
        {
            for (var i = 0; i < count; i++)
            {
                // Indonesians who also write English keep Indonesian names; only the "en"-only profile are foreigners.
                var (name, handle, country) = MakeName(langs.Length > 1 && langs.Contains("id") ? "id" : langs[0]);
                var followers = (int)Math.Clamp(_rng.LogNormal(Math.Log(480), 1.05), 8, 48_000);
                var verified = followers > 20_000 && _rng.Chance(0.2);
                rank++;
                var a = Add(handle, name, followers, verified, AuthorKind.Person, langs, country, 0);
                _people.Add(a);
            }
        }

        // Heavy-tailed activity, independent of language.
        var order = Enumerable.Range(1, _people.Count).ToList();
        _rng.Shuffle(order);
        for (var i = 0; i < _people.Count; i++)
        {
            var act = 1.0 / Math.Pow(order[i], 0.42);
            var p = _people[i];
            _people[i] = new Author
            {
                Handle = p.Handle, Name = p.Name, Followers = p.Followers, Verified = p.Verified, Kind = p.Kind, Langs = p.Langs,
                Country = p.Country, Activity = act,
            };
            Named[p.Handle] = _people[i];
        }

        foreach (var p in _people.Concat(Influencers))
        {
            foreach (var l in p.Langs)
            {
                if (!_byLang.TryGetValue(l, out var list))
                {
                    _byLang[l] = list = [];
                }

                list.Add(p);
            }
        }
    }

    private (string Name, string Handle, string? Country) MakeName(string lang)
    {
        string first, last;
        string? country;
        switch (lang)
        {
            case "en":
            {
                var (n, c) = _rng.Pick(EnNames);
                var parts = n.Split(' ');
                first = parts[0];
                last = parts[^1];
                // Only ID/MY/SG/US are used as country codes; other nationalities are reported as unknown (null).
                string? home = c is "US" or "SG" or "MY" ? c : null;
                country = _rng.Weighted<string?>([(home, 0.45), ("ID", 0.35), (null, 0.2)]);
                var h0 = _rng.Weighted<string>([
                    ((first + last).ToLowerInvariant(), 2), ((first + "_" + last[..1]).ToLowerInvariant(), 2),
                    ((first[..1] + last).ToLowerInvariant() + _rng.Int(1, 99).ToString(CultureInfo.InvariantCulture), 1),
                    ((first + "in" + _rng.PickOf("bali", "jakarta", "asia", "indo")).ToLowerInvariant(), 1),
                ]);
                return (n, Unique(h0.Replace("'", "", StringComparison.Ordinal)), country);
            }

            case "ms":
            {
                var n = _rng.Pick(MsNames);
                var parts = n.Split(' ');
                country = _rng.Weighted<string?>([("MY", 0.8), ("SG", 0.1), (null, 0.1)]);
                var h0 = _rng.Chance(0.5)
                    ? (parts[0] + "_" + parts[^1]).ToLowerInvariant()
                    : parts[0].ToLowerInvariant() + _rng.Int(80, 99).ToString(CultureInfo.InvariantCulture);
                return (n, Unique(h0), country);
            }

            case "jv":
                first = _rng.Pick(JvFirst);
                last = _rng.Pick(JvLast);
                break;
            case "su":
                first = _rng.Pick(SuFirst);
                last = _rng.Pick(SuLast);
                break;
            default:
                first = _rng.Pick(IdFirst);
                last = _rng.Pick(IdLast);
                break;
        }

        country = _rng.Chance(0.86) ? "ID" : null;
        var fl = first.ToLowerInvariant();
        var ll = last.ToLowerInvariant();
        var prefix = lang switch
        {
            "jv" => _rng.PickOf("mas_", "mbak_", "cak_", ""),
            "su" => _rng.PickOf("kang_", "teh_", ""),
            _ => _rng.PickOf("", "", "", "", "si", "its"),
        };
        var handle = _rng.Int(0, 6) switch
        {
            0 => fl + "_" + ll[..Math.Min(4, ll.Length)],
            1 => fl + ll + _rng.Int(1, 99).ToString(CultureInfo.InvariantCulture),
            2 => prefix + fl + "_" + _rng.Pick(HandleWords),
            3 => fl + _rng.Int(1985, 2006).ToString(CultureInfo.InvariantCulture),
            4 => fl[..1] + ll,
            5 => prefix + fl + ll[..1],
            _ => fl + "_" + ll,
        };
        var display = _rng.Int(0, 9) switch
        {
            0 => first,
            1 => first.ToLowerInvariant() + " " + _rng.PickOf("🌻", "☕", "✨", "🌙", "🐈", "⚽", "🎧"),
            2 => first + " " + last[..1] + ".",
            3 => first + " | " + _rng.PickOf("jkt", "bdg", "sby", "jogja", "mks", "mdn", "smg", "bali"),
            _ => first + " " + last,
        };
        return (display, Unique(handle), country);
    }

    private string Unique(string h)
    {
        var baseH = h;
        var i = 2;
        while (_handles.Contains(h))
        {
            h = baseH + i.ToString(CultureInfo.InvariantCulture);
            i++;
        }

        return h;
    }

    private void BuildSpammers()
    {
        string[] named =
        [
            "slotgacor_4d", "maxwin_hariini", "info_slot88", "dana_cepat_cair", "pinjaman_kilat24", "jual_followers_id",
            "cs_banksentosa_resmi", "nusantelcare_id", "belanjain_giveaway", "promo_rajawaliair", "hoki_togel_sgp",
            "crypto_signal_pro", "rezeki_nomplok77", "admin_cuan_harian", "kopisenja_voucher", "pinjaman_peribadi_my",
            "rtp_live_gacor", "followers_termurah",
        ];
        foreach (var h in named)
        {
            Spammers.Add(Add(h, SpamName(h), _rng.Int(3, 900), false, AuthorKind.Spammer, ["id"], _rng.Chance(0.7) ? "ID" : null));
        }

        string[] stems = ["putri", "dewi_cantik", "bang_jago", "rizky", "mawar", "user", "sayang", "gacor_boss", "cuan", "lina"];
        for (var i = 0; i < 24; i++)
        {
            var h = Unique(_rng.Pick(stems) + _rng.Digits(_rng.Int(4, 7)));
            var name = _rng.PickOf("Putri 🌹", "Dewi", "Bang Jago", "Rizky", "Mawar Merah", "user", "Sayang", "Boss Gacor", "Cuan Terus", "Lina");
            Spammers.Add(Add(h, name, _rng.Int(0, 400), false, AuthorKind.Spammer, ["id"], null));
        }
    }

    private static string SpamName(string h) => h switch
    {
        "cs_banksentosa_resmi" => "CS Bank Sentosa",
        "nusantelcare_id" => "Nusantel Care Center",
        "belanjain_giveaway" => "Belanjain Giveaway 🎁",
        "promo_rajawaliair" => "Promo Rajawali Air",
        "kopisenja_voucher" => "Kopi Senja Voucher",
        _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(h.Replace('_', ' ')),
    };

    private void BuildEmail()
    {
        var rows = new (string Handle, string Name, string List, string Lang)[]
        {
            ("rina.w@mail.example", "Rina Wulandari", "warga-griya-asri", "id"),
            ("hendra.gunawan@mail.example", "Hendra Gunawan", "warga-griya-asri", "id"),
            ("pak.joko58@surel.example", "Joko Susilo", "warga-griya-asri", "id"),
            ("bu.lastri@mail.example", "Sulastri", "warga-griya-asri", "id"),
            ("ferry.tan@kantor.example", "Ferry Tanudjaja", "warga-griya-asri", "id"),
            ("yanti.marlina@mail.example", "Yanti Marlina", "warga-griya-asri", "id"),
            ("dimas.prtm@kantor.example", "Dimas Pratama", "komunitas-linux-bdg", "id"),
            ("asep.s@surel.example", "Asep Sunandar", "komunitas-linux-bdg", "id"),
            ("gilang.r@mail.example", "Gilang Ramadhan", "komunitas-linux-bdg", "id"),
            ("tommy.h@linux.example", "Tommy Hartanto", "komunitas-linux-bdg", "id"),
            ("sekar.ayu@mail.example", "Sekar Ayu", "pecinta-kopi-jogja", "id"),
            ("bagus.w@surel.example", "Bagus Wicaksono", "pecinta-kopi-jogja", "id"),
            ("retno.hadi@mail.example", "Retno Hadi", "pecinta-kopi-jogja", "id"),
            ("anton.s@mail.example", "Anton Sitompul", "alumni-smansa-95", "id"),
            ("lina.kusuma@mail.example", "Lina Kusuma", "alumni-smansa-95", "id"),
            ("budi.harsono@kantor.example", "Budi Harsono", "alumni-smansa-95", "id"),
            ("mira.t@mail.example", "Mira Tambunan", "jalan-jalan-hemat", "id"),
            ("yudi.travel@mail.example", "Yudi Permana", "jalan-jalan-hemat", "id"),
            ("clara.n@mail.example", "Clara Natalia", "jalan-jalan-hemat", "id"),
            ("steve.h@mail.example", "Steve Holloway", "expats-jakarta", "en"),
            ("karen.b@mail.example", "Karen Baxter", "expats-jakarta", "en"),
            ("pieter.v@mail.example", "Pieter Vos", "expats-jakarta", "en"),
            ("ibu.wati@mail.example", "Wati Suryani", "ortu-sd-tunas-bangsa", "id"),
            ("arif.budiman@mail.example", "Arif Budiman", "ortu-sd-tunas-bangsa", "id"),
            ("ratna.dewi@surel.example", "Ratna Dewi", "ortu-sd-tunas-bangsa", "id"),
            ("keripik.bu.ani@mail.example", "Ani Suryani", "umkm-naik-kelas", "id"),
            ("rudy.batik@mail.example", "Rudy Hartono", "umkm-naik-kelas", "id"),
            ("nita.craft@mail.example", "Nita Anggraini", "umkm-naik-kelas", "id"),
        };
        var listSize = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["warga-griya-asri"] = 412, ["komunitas-linux-bdg"] = 1_870, ["pecinta-kopi-jogja"] = 936, ["alumni-smansa-95"] = 288,
            ["jalan-jalan-hemat"] = 2_450, ["expats-jakarta"] = 1_320, ["ortu-sd-tunas-bangsa"] = 214, ["umkm-naik-kelas"] = 3_100,
        };
        foreach (var (h, n, l, lang) in rows)
        {
            EmailUsers.Add(Add(h, n, listSize[l], false, AuthorKind.EmailUser, [lang], lang == "en" ? null : "ID", 1.0, l));
        }
    }

    private void BuildReddit()
    {
        string[] handles =
        [
            "throwaway_jkt2026", "kopi_tubruk_enjoyer", "bandung_dev", "sambal_matah", "indomie_connoisseur", "expat_in_kemang",
            "nasgor_specialist", "anak_kos_depok", "sby_lurker", "jogja_nomad", "bule_in_bali", "tukang_review", "cicilan_warrior",
            "kereta_pagi", "ojol_philosopher", "macet_forever", "r_indo_lurker", "pecel_lele_fan", "surabaya_hot", "makassar_boy",
        ];
        foreach (var h in handles)
        {
            var en = h is "expat_in_kemang" or "bule_in_bali" or "jogja_nomad";
            RedditUsers.Add(Add(h, h, (int)Math.Clamp(_rng.LogNormal(Math.Log(60), 1.0), 1, 3000), false, AuthorKind.RedditUser,
                en ? ["en"] : ["en", "id"], en ? null : (_rng.Chance(0.5) ? "ID" : null)));
        }
    }

    private void BuildMastodon()
    {
        var rows = new (string User, string Instance, string Name, string[] Langs)[]
        {
            ("tono", "kopi.social.example", "Tono Wirawan", ["id", "en"]),
            ("lia", "kopi.social.example", "Lia Oktaviani", ["id"]),
            ("rizal", "mastodon.example", "Rizal Effendi", ["en", "id"]),
            ("ayunda", "mastodon.example", "Ayunda P.", ["id"]),
            ("hacker_bdg", "fosstodon.example", "Hacker Bandung", ["id", "en"]),
            ("kris", "fosstodon.example", "Kris Halim", ["en"]),
            ("mbak_nur", "kopi.social.example", "Nur Hayati", ["id", "jv"]),
            ("wayan", "bali.social.example", "Wayan Sudarma", ["id", "en"]),
            ("pete", "mastodon.example", "Pete Collins", ["en"]),
            ("sysadmin_yk", "fosstodon.example", "sysadmin yogya", ["id", "jv"]),
            ("nadine", "bali.social.example", "Nadine Roux", ["en"]),
            ("andre", "kopi.social.example", "Andre Sihombing", ["id"]),
            ("fajar", "mastodon.example", "Fajar Nugraha", ["id", "en"]),
            ("dewa", "bali.social.example", "Dewa Putu", ["id"]),
        };
        foreach (var (u, inst, name, langs) in rows)
        {
            MastodonUsers.Add(Add(u + "@" + inst, name, (int)Math.Clamp(_rng.LogNormal(Math.Log(180), 0.9), 5, 4000), false,
                AuthorKind.MastodonUser, langs, langs[0] == "en" ? null : "ID", 1.0, null, inst));
        }
    }
}
