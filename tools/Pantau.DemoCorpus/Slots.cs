using System.Globalization;
using System.Text;

namespace Pantau.DemoCorpus;

internal sealed record BrandInfo(
    Brand Brand, string Name, string Handle, string CareHandle, string Tag, string[] Agents, string AgentPrefix, string RefEn,
    string[] Keys);

internal sealed record Loc(string City, string[] Areas, string Region, string? Dialect);

internal sealed record Airport(string Code, string City, string Name);

/// <summary>Per-post rendering context for template slots.</summary>
internal sealed class SlotCtx
{
    public Brand? Brand { get; init; }
    public required string Lang { get; init; }
    public bool Formal { get; init; }
    public required Loc Loc { get; init; }
    public Author? Target { get; init; }
    public string? Area { get; set; }

    /// <summary>Set while filling a template that already addresses the brand handle: {b} then never renders as a handle.</summary>
    public bool NoHandle { get; set; }
    public Dictionary<string, string> Memo { get; } = new(StringComparer.Ordinal);
}

internal sealed class Slots(Rng rng)
{
    public static readonly Dictionary<Brand, BrandInfo> Brands = new()
    {
        [Brand.Nusantel] = new(Brand.Nusantel, "Nusantel", "nusantel", "nusantel_care", "#nusantel", ["Rizky", "Ayu", "Fajar", "Nanda", "Putra"], "-", "customer number", ["nusantel"]),
        [Brand.BankSentosa] = new(Brand.BankSentosa, "Bank Sentosa", "banksentosa", "banksentosa", "#banksentosa", ["NV", "AL", "RP", "DS"], "^", "transaction reference number", ["bank sentosa", "banksentosa"]),
        [Brand.KopiSenja] = new(Brand.KopiSenja, "Kopi Senja", "kopisenja", "kopisenja", "#kopisenja", ["Tia", "Ega", "Sasa"], "-", "order number", ["kopi senja", "kopisenja"]),
        [Brand.RajawaliAir] = new(Brand.RajawaliAir, "Rajawali Air", "rajawaliair", "rajawaliair", "#rajawaliair", ["Tia", "Hendri", "Mega", "Arman"], "-", "booking code", ["rajawali air", "rajawaliair"]),
        [Brand.Belanjain] = new(Brand.Belanjain, "Belanjain", "belanjain", "belanjain", "#belanjain", ["Gilang", "Ocha", "Bintang", "Vira"], "-", "order number (INV)", ["belanjain"]),
    };

    public static readonly Loc[] Locs =
    [
        new("Jakarta", ["Kemang", "Tebet", "Cilandak", "Kelapa Gading", "Pluit", "Cengkareng", "Rawamangun", "Kebayoran Baru", "Menteng", "Cempaka Putih"], "DKI Jakarta", null),
        new("Jakarta", ["Sudirman", "Kuningan", "Pondok Indah", "Cibubur", "Sunter", "Grogol"], "DKI Jakarta", null),
        new("Bekasi", ["Bekasi Timur", "Harapan Indah", "Jatiasih", "Summarecon Bekasi", "Galaxy"], "Jawa Barat", null),
        new("Tangerang", ["BSD", "Ciledug", "Karawaci", "Bintaro", "Gading Serpong"], "Banten", null),
        new("Depok", ["Margonda", "Cinere", "Sawangan", "Beji"], "Jawa Barat", null),
        new("Bogor", ["Tajur", "Sentul", "Bogor Barat", "Pajajaran"], "Jawa Barat", "su"),
        new("Bandung", ["Dago", "Antapani", "Buah Batu", "Setiabudi", "Ujung Berung", "Cihampelas", "Riau", "Arcamanik"], "Jawa Barat", "su"),
        new("Bandung", ["Dago", "Buah Batu", "Cimahi", "Sukajadi", "Pasteur"], "Jawa Barat", "su"),
        new("Garut", ["Tarogong", "Kota Garut"], "Jawa Barat", "su"),
        new("Tasikmalaya", ["Cihideung", "Indihiang"], "Jawa Barat", "su"),
        new("Surabaya", ["Rungkut", "Gubeng", "Darmo", "Wiyung", "Kenjeran", "Manyar"], "Jawa Timur", "jv"),
        new("Surabaya", ["Tunjungan", "Pakuwon", "Kertajaya", "Mulyosari"], "Jawa Timur", "jv"),
        new("Malang", ["Dinoyo", "Sawojajar", "Soekarno-Hatta Malang"], "Jawa Timur", "jv"),
        new("Yogyakarta", ["Condongcatur", "Jalan Kaliurang", "Prawirotaman", "Seturan", "Kotabaru"], "DI Yogyakarta", "jv"),
        new("Semarang", ["Tembalang", "Banyumanik", "Simpang Lima", "Pleburan"], "Jawa Tengah", "jv"),
        new("Solo", ["Laweyan", "Manahan", "Solo Baru"], "Jawa Tengah", "jv"),
        new("Medan", ["Medan Baru", "Helvetia", "Padang Bulan", "Medan Johor"], "Sumatra Utara", null),
        new("Makassar", ["Panakkukang", "Tamalanrea", "Pantai Losari"], "Sulawesi Selatan", null),
        new("Denpasar", ["Renon", "Sanur", "Sesetan", "Teuku Umar"], "Bali", null),
        new("Badung", ["Canggu", "Seminyak", "Kuta", "Jimbaran"], "Bali", null),
        new("Palembang", ["Ilir Barat", "Plaju", "Sako"], "Sumatra Selatan", null),
        new("Balikpapan", ["Balikpapan Baru", "Klandasan"], "Kalimantan Timur", null),
        new("Pekanbaru", ["Panam", "Sudirman Pekanbaru"], "Riau", null),
        new("Manado", ["Malalayang", "Boulevard"], "Sulawesi Utara", null),
    ];

    public static readonly Airport[] Airports =
    [
        new("CGK", "Jakarta", "Soetta"), new("DPS", "Denpasar", "Ngurah Rai"), new("SUB", "Surabaya", "Juanda"),
        new("KNO", "Medan", "Kualanamu"), new("UPG", "Makassar", "Sultan Hasanuddin"), new("YIA", "Yogyakarta", "YIA"),
        new("SRG", "Semarang", "Ahmad Yani"), new("BPN", "Balikpapan", "Sepinggan"), new("PLM", "Palembang", "SMB II"),
        new("SOC", "Solo", "Adi Soemarmo"), new("MDC", "Manado", "Sam Ratulangi"), new("LOP", "Lombok", "Lombok (Praya)"),
        new("SIN", "Singapura", "Changi"), new("KUL", "Kuala Lumpur", "KLIA"),
    ];

    private static readonly (string A, string B)[] Routes =
    [
        ("CGK", "DPS"), ("CGK", "KNO"), ("CGK", "UPG"), ("CGK", "SUB"), ("CGK", "YIA"), ("CGK", "BPN"), ("CGK", "PLM"),
        ("SUB", "DPS"), ("UPG", "DPS"), ("CGK", "SIN"), ("DPS", "SIN"), ("CGK", "KUL"), ("CGK", "SRG"), ("SUB", "UPG"),
        ("CGK", "MDC"), ("CGK", "LOP"), ("SUB", "BPN"), ("KNO", "SIN"), ("CGK", "SOC"),
    ];

    private static readonly string[] Drinks =
    [
        "es kopi susu gula aren", "kopi susu senja", "americano", "matcha latte", "es coklat", "caramel macchiato", "kopi pandan",
        "es kopi susu oat", "V60", "es teh tarik", "affogato", "cappuccino", "es kopi susu", "red velvet latte", "long black",
    ];

    private static readonly string[] NewDrinks =
    ["Es Kopi Pandan Kelapa", "Kopi Susu Karamel Asin", "Matcha Gula Aren", "Senja Latte Rempah", "Es Kopi Klepon"];

    private static readonly string[] Foods = ["croissant cokelat", "roti bakar srikaya", "banana bread", "donat kampung", "roti sosis", "cheesecake", "croffle"];

    private static readonly string[] Items =
    [
        "sepatu lari", "hp", "skincare", "rice cooker", "headset bluetooth", "kemeja batik", "blender", "power bank", "casing hp",
        "tas ransel", "kipas angin", "mainan anak", "susu formula", "charger laptop", "jaket hoodie", "meja lipat", "setrika",
        "smartwatch", "gamis", "helm", "raket badminton", "monitor", "kursi gaming", "lampu tidur",
    ];

    private static readonly string[] ItemsEn =
    ["pair of running shoes", "phone case", "blender", "power bank", "backpack", "desk lamp", "bluetooth headset", "smartwatch", "yoga mat"];

    private static readonly string[] Couriers = ["KilatKirim", "JalurXpress", "AntarCepat", "BelanjainXpress", "Kurir Nusa"];

    private static readonly NumberFormatInfo IdNum = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3] };

    private readonly Rng _r = rng;

    public static BrandInfo Info(Brand b) => Brands[b];

    public Loc PickLoc(string lang)
    {
        // Javanese/Sundanese speakers mostly live in their regions.
        if (lang is "jv" or "su" && _r.Chance(0.85))
        {
            return _r.Pick(Locs.Where(l => l.Dialect == lang).ToList());
        }

        // Tourists and expats mostly write from the big destinations.
        if (lang is "en" or "ms" && _r.Chance(0.75))
        {
            return _r.Pick(Locs.Where(l => l.City is "Jakarta" or "Badung" or "Denpasar" or "Yogyakarta" or "Bandung" or "Medan" or "Surabaya").ToList());
        }

        return _r.Pick(Locs);
    }

    public string Fill(string template, SlotCtx ctx)
    {
        ctx.NoHandle = template.Contains("{at}", StringComparison.Ordinal) || template.Contains("{care}", StringComparison.Ordinal)
                       || template.Contains('@', StringComparison.Ordinal);
        var sb = new StringBuilder(template.Length + 40);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new FormatException("Unclosed slot in: " + template);
                }

                var name = template[(i + 1)..end];
                sb.Append(Resolve(name, ctx));
                i = end + 1;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        // Collapse double spaces left by empty emoji slots and trim.
        var s = sb.ToString();
        while (s.Contains("  ", StringComparison.Ordinal))
        {
            s = s.Replace("  ", " ", StringComparison.Ordinal);
        }

        return s.Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal).Trim();
    }

    private string Resolve(string name, SlotCtx ctx)
    {
        if (ctx.Memo.TryGetValue(name, out var memo))
        {
            return memo;
        }

        var v = Compute(name, ctx);
        // Values that must stay consistent inside one post are memoised.
        if (name is not ("e-" or "e+" or "lol" or "b" or "bn" or "min" or "at"))
        {
            ctx.Memo[name] = v;
        }

        return v;
    }

    private static BrandInfo Bi(SlotCtx ctx, string slot) =>
        ctx.Brand is { } b ? Brands[b] : throw new InvalidOperationException($"slot {{{slot}}} needs a brand");

    private string Compute(string name, SlotCtx ctx)
    {
        var en = ctx.Lang == "en";
        switch (name)
        {
            case "B": return Bi(ctx, name).Name;
            case "b": return BrandMention(Bi(ctx, name), ctx, allowHandle: !ctx.NoHandle);
            case "bn": return BrandMention(Bi(ctx, name), ctx, allowHandle: false);
            case "at":
            {
                var bi = Bi(ctx, name);
                return "@" + (bi.Brand == Brand.Nusantel && _r.Chance(0.45) ? bi.CareHandle : bi.Handle);
            }

            case "care": return "@" + Bi(ctx, name).CareHandle;
            case "tag": return Bi(ctx, name).Tag;
            case "tag2": return ctx.Brand == Brand.Nusantel ? "#nusantelgangguan" : Bi(ctx, name).Tag;
            case "city": return ctx.Loc.City;
            case "city2": return _r.Pick(Locs.Where(l => l.City != ctx.Loc.City).Select(l => l.City).Distinct().ToList());
            case "city_jv": return _r.PickOf("Jogja", "Semarang", "Solo", "Suroboyo", "Malang", "Klaten", "Kudus");
            case "city_su": return _r.PickOf("Bandung", "Garut", "Tasik", "Cianjur", "Sumedang", "Sukabumi", "Bogor");
            case "area": return ctx.Area ??= _r.Pick(ctx.Loc.Areas);
            case "region": return ctx.Loc.Region;
            case "dd": case "dd_en":
                return ctx.Lang switch
                {
                    "en" => _r.PickOf("2 days", "3 days", "4 days", "5 days", "a week", "over a week"),
                    "jv" => _r.PickOf("rong dino", "telung dino", "patang dino", "seminggu", "3 dino"),
                    "su" => _r.PickOf("dua poé", "tilu poé", "opat poé", "saminggu", "3 poé"),
                    "ms" => _r.PickOf("dua hari", "tiga hari", "seminggu"),
                    _ => ctx.Formal
                        ? _r.PickOf("dua hari", "tiga hari", "empat hari", "lima hari", "satu minggu", "3 hari", "4 hari")
                        : _r.PickOf("2 hari", "3 hari", "4 hari", "5 hari", "seminggu", "3 harian", "2 hari", "hampir seminggu"),
                };
            case "hh": case "hh_en":
                return ctx.Lang switch
                {
                    "en" => _r.PickOf("2 hours", "3 hours", "4 hours", "5 hours", "90 minutes"),
                    "jv" => _r.PickOf("rong jam", "telung jam", "3 jam", "4 jam"),
                    _ => _r.PickOf("2 jam", "3 jam", "4 jam", "5 jam", "1,5 jam", "2,5 jam"),
                };
            case "mm": case "mm_en":
                return en ? _r.PickOf("25 minutes", "30 minutes", "40 minutes", "45 minutes")
                          : _r.PickOf("25 menit", "30 menit", "40 menit", "45 menit", "sejam");
            case "amt_s": return Rp(RoundTo(_r.Int(10, 150) * 1000L, 500), ctx);
            case "amt_m": case "amt_m2": return Rp(RoundTo(_r.Int(100, 1500) * 1000L, 5000), ctx);
            case "amt_l": return Rp(RoundTo(_r.Int(1500, 25000) * 1000L, 50000), ctx);
            case "amt_en": return Rp(RoundTo(_r.Int(20, 900) * 1000L, 1000), ctx);
            case "inv": return "INV/2026/11/" + _r.Digits(6);
            case "tkt":
                return ctx.Brand switch
                {
                    Brand.Nusantel => "NT-2611-" + _r.Digits(5),
                    Brand.BankSentosa => "REF" + _r.Digits(10),
                    Brand.KopiSenja => "#KS" + _r.Digits(6),
                    Brand.RajawaliAir => "PIR CGKRJ" + _r.Digits(5),
                    _ => "INV/2026/11/" + _r.Digits(6),
                };
            case "pnr": return _r.Code(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789");
            case "flight": return "RJ-" + _r.Int(101, 989).ToString(CultureInfo.InvariantCulture);
            case "route_id":
            {
                var (a, b) = Route(ctx);
                return _r.Chance(0.4) ? $"{a.Code}-{b.Code}" : $"{a.City}–{b.City}";
            }

            case "origin": return Route(ctx).A.City;
            case "dest": return Route(ctx).B.City;
            case "airport": return Route(ctx).A.Name;
            case "drink": return _r.Pick(Drinks);
            case "drink2": return _r.Pick(Drinks.Where(d => d != ctx.Memo.GetValueOrDefault("drink")).ToList());
            case "newdrink": return _r.Pick(NewDrinks);
            case "food": return _r.Pick(Foods);
            case "item": return _r.Pick(Items);
            case "item_en": return _r.Pick(ItemsEn);
            case "courier": return _r.Pick(Couriers);
            case "speed":
                return en ? _r.PickOf("0.8 Mbps", "1.2 Mbps", "2 Mbps", "3.5 Mbps", "512 kbps")
                          : _r.PickOf("0,8 Mbps", "1,2 Mbps", "2 Mbps", "3,5 Mbps", "512 kbps", "5 Mbps");
            case "speedgood": return _r.PickOf("95 Mbps", "180 Mbps", "98 Mbps", "48 Mbps", "210 Mbps");
            case "plan": return _r.PickOf("NusaHome 30 Mbps", "NusaHome 50 Mbps", "NusaHome 100 Mbps", "NusaHome 200 Mbps");
            case "kuota":
                return _r.PickOf("NusaKuota 25GB", "NusaKuota Harian 3GB", "NusaKuota Malam 20GB", "NusaKuota Unlimited Apps", "NusaKuota Combo 40GB");
            case "gb": return _r.PickOf("12", "18", "7", "25", "30");
            case "n": return _r.Int(2, 5).ToString(CultureInfo.InvariantCulture);
            case "n2": return _r.Int(2, 4).ToString(CultureInfo.InvariantCulture);
            case "nx": return _r.Int(3, 6).ToString(CultureInfo.InvariantCulture) + "x";
            case "num": return _r.Int(2, 48).ToString(CultureInfo.InvariantCulture);
            case "e-": return Emoji(ctx, negative: true);
            case "e+": return Emoji(ctx, negative: false);
            case "lol": return _r.PickOf("wkwk", "wkwkwk", "😂", "🤣", "wkwkwkwk", "haha", "😭😭", "awokwok");
            case "min":
                return ctx.Lang switch
                {
                    "en" => "",
                    _ => _r.PickOf("min", "min", "mimin", "kak", "admin", "min"),
                };
            case "day":
                return ctx.Lang switch
                {
                    "en" => _r.PickOf("since last night", "since this morning", "since yesterday"),
                    "jv" => _r.PickOf("ket wingi", "ket esuk", "ket bengi"),
                    "su" => _r.PickOf("ti kamari", "ti isuk", "ti tadi wengi"),
                    _ => ctx.Formal
                        ? _r.PickOf("sejak kemarin", "sejak pagi ini", "sejak semalam")
                        : _r.PickOf("dari semalem", "dari tadi pagi", "sejak kemarin", "dari subuh", "dari jam 8 pagi", "dari kemarin sore", "dari td pagi"),
                };
            case "clock": return _r.PickOf("jam 1 siang", "jam 2 siang", "jam 3 sore", "jam 4 sore", "jam 12 lewat");
            case "date": return (ctx.Formal ? "tanggal " : _r.PickOf("tgl ", "tanggal ")) + _r.Int(2, 20).ToString(CultureInfo.InvariantCulture);
            case "name":
            {
                var n = ctx.Target?.FirstName ?? "Kak";
                return n.Length > 0 && char.IsLower(n[0]) ? char.ToUpperInvariant(n[0]) + n[1..] : n;
            }
            case "agent":
            {
                var bi = Bi(ctx, name);
                return bi.AgentPrefix + _r.Pick(bi.Agents);
            }

            case "ref": return Bi(ctx, name).RefEn;
            case "pct": return (_r.Int(35, 289) / 10.0).ToString("0.0", IdNum);
            case "techname": return _r.PickOf("Deni", "Yusuf", "Anto", "Ridwan", "Fauzan", "Beni");
            case "spamlink":
                return _r.PickOf("https://gacor88.example/daftar", "bit.example/slot-maxwin", "https://rtp-live.example", "t.example/grupcuan", "https://hoki4d.example");
            case "phishlink":
                return ctx.Brand switch
                {
                    Brand.BankSentosa => "https://sentosa-verifikasi.example/login",
                    Brand.Belanjain => "https://belanjain-hadiah.example",
                    Brand.RajawaliAir => "https://rajawali-promo.example/klaim",
                    Brand.Nusantel => "https://nusantel-hadiah.example/klaim",
                    Brand.KopiSenja => "https://kopisenja-voucher.example",
                    _ => "https://hadiah-resmi.example",
                };
            case "phone":
                return ctx.Lang == "ms"
                    ? "+60 12-" + _r.Digits(3) + " " + _r.Digits(4)
                    : "0812-" + _r.Digits(4) + "-" + _r.Digits(4);
            case "slotname": return _r.PickOf("GACOR88", "MAXWIN77", "SLOTHOKI", "ZEUS4D", "PETIRJP");
            case "digits": return _r.Digits(6);
            case "beach": return _r.PickOf("Kuta", "Parangtritis", "Losari", "Ancol", "Pangandaran", "Sanur");
            default:
                throw new InvalidOperationException("Unknown slot {" + name + "}");
        }
    }

    private (Airport A, Airport B) Route(SlotCtx ctx)
    {
        if (!ctx.Memo.TryGetValue("_route", out var key))
        {
            var (a, b) = _r.Pick(Routes);
            if (_r.Chance(0.5) && b is not ("SIN" or "KUL"))
            {
                (a, b) = (b, a);
            }

            key = a + ">" + b;
            ctx.Memo["_route"] = key;
        }

        var parts = key.Split('>');
        return (Airports.First(x => x.Code == parts[0]), Airports.First(x => x.Code == parts[1]));
    }

    private string BrandMention(BrandInfo bi, SlotCtx ctx, bool allowHandle)
    {
        if (ctx.Formal || ctx.Lang == "en" && _r.Chance(0.6))
        {
            return bi.Name;
        }

        var form = _r.Weighted<int>([(0, 0.5), (1, 0.3), (2, allowHandle ? 0.12 : 0), (3, 0.05), (4, allowHandle ? 0.04 : 0)]);
        return form switch
        {
            1 => bi.Name.ToLowerInvariant(),
            2 => "@" + bi.Handle,
            3 => bi.Name.ToUpperInvariant(),
            4 => bi.Tag,
            _ => bi.Name,
        };
    }

    private string Emoji(SlotCtx ctx, bool negative)
    {
        if (ctx.Formal)
        {
            return "";
        }

        if (negative)
        {
            return _r.PickOf("😡", "😤", "🙄", "😭", "😩", "🤬", ":(", "-_-", "😑", "🙃", "😒", "", "", "😠", "🥲");
        }

        return ctx.Brand == Brand.KopiSenja && _r.Chance(0.3)
            ? _r.PickOf("☕", "☕️✨", "🤎")
            : _r.PickOf("🙏", "👍", "🔥", "😍", "❤️", ":)", "🥰", "👏", "✨", "", "", "🙌", "💯");
    }

    private static long RoundTo(long v, long step) => Math.Max(step, v / step * step);

    private string Rp(long v, SlotCtx ctx)
    {
        var dotted = v.ToString("#,0", IdNum);
        if (ctx.Lang == "en")
        {
            return _r.Weighted<string>([
                ("IDR " + v.ToString("#,0", CultureInfo.InvariantCulture), 0.5),
                ("Rp " + dotted, 0.3),
                (v >= 1_000_000 ? (v / 1_000_000.0).ToString("0.#", CultureInfo.InvariantCulture) + "M rupiah" : (v / 1000).ToString(CultureInfo.InvariantCulture) + "k rupiah", 0.2),
            ]);
        }

        if (ctx.Formal)
        {
            return _r.Chance(0.7) ? "Rp " + dotted : "Rp" + dotted;
        }

        if (v >= 1_000_000)
        {
            var jt = (v / 1_000_000.0).ToString("0.##", IdNum);
            return _r.Weighted<string>([("Rp " + dotted, 0.35), (jt + " juta", 0.25), (jt + "jt", 0.2), ("Rp" + dotted, 0.1), ("Rp " + jt + " jt", 0.1)]);
        }

        var rb = (v / 1000.0).ToString("0.#", IdNum);
        return _r.Weighted<string>([("Rp " + dotted, 0.3), ("Rp" + dotted, 0.15), (rb + "rb", 0.25), (rb + " ribu", 0.15), ("Rp " + rb + "rb", 0.15)]);
    }
}
