using System.Security.Cryptography;
using System.Text;

namespace Pantau.Connectors.Demo;

/// <summary>
/// What a demo customer writes back after an agent's reply: about half thank the agent, the rest follow up. The choice is
/// a plain function of the reply's idempotency key and the customer's language, so a demo behaves the same every time.
/// </summary>
public static class DemoAnswerScript
{
    /// <summary>The language used when the customer's is unknown or not scripted.</summary>
    public const string FallbackLanguage = "id";

    private static readonly Dictionary<string, (string[] Thanks, string[] FollowUp)> Lines = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = (
            [
                "makasih min, udah normal lagi 🙏",
                "oke udah bisa, makasih ya responnya cepet",
                "wah beneran langsung beres, thanks min!",
                "sip min, udah aman sekarang. makasih banyak",
                "udah dicoba dan berhasil, makasih bantuannya 👍",
                "mantap, masalahnya udah kelar. tengkyu min",
            ],
            [
                "masih belum bisa min, udah restart juga",
                "udah dicoba tapi tetep sama aja, gimana dong?",
                "oke, tapi kira-kira kapan beresnya ya min?",
                "min udah aku DM nomornya, tolong dicek lagi ya",
                "loh kok masih error ya, harus ngapain lagi?",
                "udah ikutin langkahnya tapi belum ada perubahan min 😕",
            ]),
        ["en"] = (
            [
                "thanks, it works now!",
                "all sorted, thanks for the quick reply 🙏",
                "that did it, much appreciated",
                "just tried again and it's fine now. thank you!",
                "great, problem solved. cheers!",
                "ok it's working again, thanks for the help",
            ],
            [
                "still not working, what now?",
                "tried that already, same problem 😕",
                "ok but how long will this take to fix?",
                "I restarted everything and it's still broken",
                "sent you a DM with my account number, can you check?",
                "thanks, but is there anything else I can try?",
            ]),
        ["jv"] = (
            [
                "suwun min, wis normal maneh 🙏",
                "wis iso saiki, matur nuwun min",
                "wah langsung beres, suwun yo responne cepet",
                "oke wis aman, maturnuwun bantuane",
                "wis tak jajal lan lancar, suwun min 👍",
                "mantep, masalahe wis rampung. suwun sanget",
            ],
            [
                "durung iso min, wis tak restart barang",
                "wis tak jajal tapi tetep podo wae, piye iki?",
                "oke, tapi kiro-kiro kapan benere min?",
                "kok isih error yo min, kudu piye maneh?",
                "min wis tak DM nomerku, tulung dicek maneh yo",
                "wis tak turuti langkahe tapi durung ono owah-owahan 😕",
            ]),
        ["su"] = (
            [
                "nuhun min, geus normal deui 🙏",
                "geus bisa ayeuna, hatur nuhun min",
                "wah langsung beres, nuhun gancang ngabalesna",
                "sip geus aman, hatur nuhun bantuanana",
                "geus dicoba jeung lancar, nuhun min 👍",
                "mantap, masalahna geus réngsé. hatur nuhun pisan",
            ],
            [
                "can bisa kénéh min, geus di-restart ogé",
                "geus dicoba tapi angger sarua, kumaha atuh?",
                "heueuh, tapi kira-kira iraha beresna min?",
                "naha masih error nya min, kudu kumaha deui?",
                "min geus di-DM nomer abdi, punten dicek deui nya",
                "geus nuturkeun léngkahna tapi can aya parobahan 😕",
            ]),
    };

    /// <summary>The scripted languages (ISO 639-1).</summary>
    public static IReadOnlyCollection<string> Languages => Lines.Keys;

    /// <summary>The lines of one kind in one language (the fallback language's when it is not scripted).</summary>
    public static IReadOnlyList<string> LinesOf(string? language, DemoAnswerKind kind)
    {
        var lines = Lines[ScriptLanguage(language)];
        return kind == DemoAnswerKind.Thanks ? lines.Thanks : lines.FollowUp;
    }

    /// <summary>The language the answer is written in: the customer's when it is scripted, else <see cref="FallbackLanguage"/>.</summary>
    public static string ScriptLanguage(string? language)
    {
        // Accepts "ID" or "id-ID" as well as "id"; returns the script's own spelling of the code.
        var code = language?.Split('-', 2)[0];
        return code is not null && Lines.ContainsKey(code)
            ? Lines.Keys.First(k => string.Equals(k, code, StringComparison.OrdinalIgnoreCase))
            : FallbackLanguage;
    }

    /// <summary>The answer to the reply with <paramref name="idempotencyKey"/> from a customer writing in <paramref name="language"/>.</summary>
    public static (string Text, string Language, DemoAnswerKind Kind) Choose(string idempotencyKey, string? language)
    {
        ArgumentNullException.ThrowIfNull(idempotencyKey);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey));
        var kind = (hash[4] & 1) == 0 ? DemoAnswerKind.Thanks : DemoAnswerKind.FollowUp;
        var scriptLanguage = ScriptLanguage(language);
        var lines = LinesOf(scriptLanguage, kind);
        return (lines[hash[5] % lines.Count], scriptLanguage, kind);
    }
}
