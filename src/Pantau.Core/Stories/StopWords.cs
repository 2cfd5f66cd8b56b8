namespace Pantau.Core.Stories;

/// <summary>
/// Function words and fillers of Indonesian and English social text. They still take part in shingles (word order
/// matters), but are not counted as content: "makasih ya kak, mantap banget deh" has no content word and must not
/// make a story of everyone who says thanks.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "yang", "di", "ke", "dari", "dan", "atau", "ini", "itu", "ada", "aja", "saja", "ya", "yg", "ga", "gak", "nggak",
        "enggak", "tidak", "bukan", "sudah", "udah", "belum", "blm", "lagi", "juga", "jg", "aku", "saya", "gue", "gw", "gua",
        "kamu", "kak", "kakak", "min", "mimin", "gan", "sis", "bro", "deh", "dong", "sih", "nih", "kok", "lah", "kan", "kah",
        "banget", "bgt", "sangat", "untuk", "buat", "utk", "dengan", "dgn", "sama", "pada", "akan", "mau", "bisa", "bs",
        "jadi", "jd", "kalau", "kalo", "klo", "tapi", "tp", "karena", "krn", "terima", "kasih", "makasih", "thanks", "thank",
        "mantap", "mantul", "keren", "wkwk", "wkwkwk", "haha", "hahaha", "oke", "ok", "siap", "semangat", "selamat", "pagi",
        "siang", "sore", "malam", "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "it",
        "this", "that", "i", "you", "we", "my", "me", "so", "just", "very", "with", "at", "be", "not", "no", "yes", "lol",
        "omg", "pls", "please", "your", "they", "rt", "via",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
