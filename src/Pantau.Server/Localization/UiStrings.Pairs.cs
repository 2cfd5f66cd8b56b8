namespace Pantau.Server.Localization;

public static partial class UiStrings
{
    private static readonly (string Key, string En, string Id)[] Pairs =
    [
        ("app.tagline", "Social listening and customer care", "Pemantauan media sosial dan layanan pelanggan"),
        ("nav.mentions", "Mentions", "Mention"),
        ("nav.topics", "Topics", "Topik"),
        ("nav.sources", "Sources", "Sumber"),
        ("nav.signout", "Sign out", "Keluar"),
        ("login.title", "Sign in", "Masuk"),
        ("login.email", "E-mail", "E-mail"),
        ("login.password", "Password", "Kata sandi"),
        ("login.submit", "Sign in", "Masuk"),
        ("login.failed", "The e-mail or password is wrong.", "E-mail atau kata sandi salah."),
        ("login.locked", "Too many failed attempts. Try again in a few minutes.", "Terlalu banyak percobaan gagal. Coba lagi beberapa menit lagi."),
    ];
}
