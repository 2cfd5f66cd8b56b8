namespace Pantau.Server.Localization;

public static partial class UiStrings
{
    // A property, not a field: static fields of a partial class across files initialise in no promised order.
    private static (string Key, string En, string Id)[] CareWebhookPairs =>
    [
        // Satisfaction survey (public page, in the case's language)
        ("csat.title", "How did we do?", "Bagaimana layanan kami?"),
        ("csat.question", "How would you rate our help?", "Bagaimana penilaian Anda atas bantuan kami?"),
        ("csat.choose", "Choose one", "Pilih salah satu"),
        ("csat.score.1", "Very unhappy", "Sangat tidak puas"),
        ("csat.score.2", "Unhappy", "Tidak puas"),
        ("csat.score.3", "Okay", "Biasa saja"),
        ("csat.score.4", "Happy", "Puas"),
        ("csat.score.5", "Very happy", "Sangat puas"),
        ("csat.comment", "Anything you would like to tell us? (optional)", "Ada yang ingin Anda sampaikan? (opsional)"),
        ("csat.submit", "Send", "Kirim"),
        ("csat.error.score", "Choose one of the five faces.", "Pilih salah satu dari lima wajah."),
        ("csat.error.comment", "The comment may be at most 1000 characters.", "Komentar paling banyak 1000 karakter."),
        ("csat.thanks.title", "Thank you!", "Terima kasih!"),
        ("csat.thanks.text", "Your answer has been recorded. It helps us serve you better.", "Jawaban Anda sudah kami catat. Ini membantu kami melayani Anda lebih baik."),
        ("csat.already", "You have already answered this survey. Thank you!", "Anda sudah mengisi survei ini. Terima kasih!"),
        ("csat.closed.title", "This survey has closed", "Survei ini sudah ditutup"),
        ("csat.closed.text", "Surveys can be answered for 30 days. Thank you for your time.", "Survei dapat diisi selama 30 hari. Terima kasih atas waktu Anda."),
        ("csat.notFound.title", "Survey not found", "Survei tidak ditemukan"),
        ("csat.notFound.text", "This link is not valid. Please check that it was copied completely.", "Tautan ini tidak berlaku. Pastikan tautan tersalin dengan lengkap."),
        ("csat.footer", "Sent with Pantau", "Dikirim melalui Pantau"),
    ];
}
