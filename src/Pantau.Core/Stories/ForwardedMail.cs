namespace Pantau.Core.Stories;

/// <summary>
/// Finds the lines a forwarded or quoted e-mail wraps around its message ("---------- Forwarded message ---------",
/// "From:", "Subject: Fwd: …", "Begin forwarded message:", a "-- " signature and what follows it), so that a forward
/// of a complaint fingerprints like the complaint. Quoted lines ("&gt; text") keep their text: the tokeniser reads no
/// word in the '&gt;'.
/// </summary>
public static class ForwardedMail
{
    private static readonly string[] ForwardMarkers =
        ["forwarded message", "original message", "pesan terusan", "pesan asli", "begin forwarded message"];

    // Header fields are only dropped inside a forward: "To: semua pelanggan" in an ordinary post is text.
    private static readonly string[] HeaderFields =
        ["from:", "sent:", "to:", "cc:", "date:", "subject:", "dari:", "kepada:", "tanggal:", "subjek:", "dikirim:", "fwd:", "fw:"];

    private static readonly string[] SubjectForwards = ["fwd:", "fw:"];

    private static readonly string[] SignatureLines = ["sent from my", "dikirim dari", "get outlook for"];

    /// <summary>
    /// Adds to <paramref name="skipped"/>, in order, the character ranges of <paramref name="text"/> that are mail
    /// wrapping rather than message. Adds nothing for a one-line text (every post that is not an e-mail).
    /// </summary>
    public static void FindWrapping(string text, List<Range> skipped)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(skipped);
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return;
        }

        var isForward = false;
        foreach (var marker in ForwardMarkers)
        {
            isForward |= text.Contains(marker, StringComparison.OrdinalIgnoreCase);
        }

        var start = 0;
        while (start < text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline + 1;
            var line = Content(text.AsSpan(start, end - start));
            if (line is "--" || StartsWithAny(line, SignatureLines))
            {
                skipped.Add(new Range(start, text.Length)); // a signature runs to the end
                return;
            }

            var isHeader = line.Length > 0 && (IsRule(line) || StartsWithAny(line, ForwardMarkers)
                || (StartsWithAny(line, HeaderFields) && (isForward || StartsWithAny(line, SubjectForwards))));
            if (isHeader)
            {
                skipped.Add(new Range(start, end));
            }

            start = end;
        }
    }

    /// <summary>The line without quoting ('&gt;'), surrounding blanks and dashes, so "---------- Forwarded message ---" reads as its words.</summary>
    private static ReadOnlySpan<char> Content(ReadOnlySpan<char> line)
    {
        line = line.Trim().TrimStart('>').Trim();
        return line.Length > 2 && line[0] == '-' && line[1] == '-' && line[2] == '-' ? line.Trim('-').Trim() : line;
    }

    private static bool IsRule(ReadOnlySpan<char> line) => line.Trim("-_=* ").IsEmpty;

    private static bool StartsWithAny(ReadOnlySpan<char> line, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
