using System.Collections.Frozen;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>The words that may appear in a feed date, in English and Indonesian, case-insensitively.</summary>
internal static class DateWords
{
    public enum Kind
    {
        Day,
        Month,
        Zone,
        Meridiem,
        Filler,
    }

    /// <summary>Kind and value: month 1-12, zone offset in minutes, meridiem 0 (AM) or 12 (PM).</summary>
    public static readonly FrozenDictionary<string, (Kind Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Build().GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, (Kind Kind, int Value)> Build()
    {
        var words = new Dictionary<string, (Kind, int)>(StringComparer.OrdinalIgnoreCase);
        foreach (var day in new[]
        {
            "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday",
            "sat", "saturday", "sun", "sunday",
            "senin", "sen", "selasa", "sel", "rabu", "rab", "kamis", "kam", "jumat", "jum'at", "jum’at", "jum", "sabtu", "sab",
            "minggu", "min", "ahad",
        })
        {
            words[day] = (Kind.Day, 0);
        }

        string[][] months =
        [
            ["jan", "january", "januari"],
            ["feb", "february", "februari", "peb", "pebruari"],
            ["mar", "march", "maret"],
            ["apr", "april"],
            ["may", "mei"],
            ["jun", "june", "juni"],
            ["jul", "july", "juli"],
            ["aug", "august", "agu", "agt", "ags", "agustus"],
            ["sep", "sept", "september"],
            ["oct", "october", "okt", "oktober"],
            ["nov", "november", "nop", "nopember"],
            ["dec", "december", "des", "desember"],
        ];
        for (var i = 0; i < months.Length; i++)
        {
            foreach (var name in months[i])
            {
                words[name] = (Kind.Month, i + 1);
            }
        }

        (string Name, int Hours)[] zones =
        [
            ("gmt", 0), ("ut", 0), ("utc", 0), ("z", 0), ("wet", 0), ("bst", 1), ("cet", 1), ("cest", 2), ("eet", 2),
            ("est", -5), ("edt", -4), ("cst", -6), ("cdt", -5), ("mst", -7), ("mdt", -6), ("pst", -8), ("pdt", -7),
            ("wib", 7), ("wita", 8), ("wit", 9), ("sgt", 8), ("myt", 8), ("hkt", 8), ("pht", 8), ("jst", 9), ("kst", 9),
            ("aest", 10), ("aedt", 11), ("ict", 7),
        ];
        foreach (var (name, hours) in zones)
        {
            words[name] = (Kind.Zone, hours * 60);
        }

        words["ist"] = (Kind.Zone, 330);
        words["am"] = (Kind.Meridiem, 0);
        words["pm"] = (Kind.Meridiem, 12);
        foreach (var filler in new[] { "t", "at", "pukul", "jam", "pkl", "on", "of", "tanggal", "tgl" })
        {
            words[filler] = (Kind.Filler, 0);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
