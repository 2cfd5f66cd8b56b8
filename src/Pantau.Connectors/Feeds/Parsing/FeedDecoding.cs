using System.Text;
using System.Text.Unicode;

namespace Pantau.Connectors.Feeds.Parsing;

/// <summary>
/// Turns a response body into text. Priority: byte order mark, then the HTTP charset, then the XML declaration, then
/// UTF-8. Whatever was chosen, bytes that claim to be UTF-8 but are not are read as windows-1252 (the usual truth
/// behind such feeds: smart quotes typed in Word), and ISO-8859-1 is read as windows-1252 as browsers do.
/// </summary>
internal static class FeedDecoding
{
    private static readonly UTF8Encoding Utf8NoThrow = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static FeedDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes, string? httpCharset, List<string> warnings)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], "the byte order mark", warnings);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        // UTF-16 without a mark still starts with '<' and a zero byte.
        if (bytes.Length >= 2 && bytes[0] == (byte)'<' && bytes[1] == 0)
        {
            return Encoding.Unicode.GetString(bytes);
        }

        if (bytes.Length >= 2 && bytes[0] == 0 && bytes[1] == (byte)'<')
        {
            return Encoding.BigEndianUnicode.GetString(bytes);
        }

        var declared = Lookup(httpCharset, "HTTP", warnings) ?? Lookup(DeclaredEncoding(bytes), "XML declaration", warnings);
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage || declared.CodePage == 20127 /* us-ascii */)
        {
            return DecodeUtf8(bytes, declared is null ? "default" : "declared", warnings);
        }

        // A legacy single-byte label on bytes that are valid UTF-8 with non-ASCII in them is the usual server default
        // (text/xml; charset=ISO-8859-1) in front of a UTF-8 file; real windows-1252 text almost never forms valid
        // multi-byte sequences, so reading it as declared would only produce mojibake ("Ã©").
        if (declared.IsSingleByte && !Ascii.IsValid(bytes) && Utf8.IsValid(bytes))
        {
            warnings.Add($"line 1: declared {declared.WebName}, but the bytes are UTF-8; read as UTF-8");
            return Utf8NoThrow.GetString(bytes);
        }

        return declared.GetString(bytes);
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string why, List<string> warnings)
    {
        if (Utf8.IsValid(bytes))
        {
            return Utf8NoThrow.GetString(bytes);
        }

        warnings.Add($"line 1: the bytes are not valid UTF-8 ({why} encoding); read as windows-1252");
        return Encoding.GetEncoding(1252).GetString(bytes);
    }

    private static Encoding? Lookup(string? name, string source, List<string> warnings)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        name = name.Trim().Trim('"', '\'');
        if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
            || name.Equals("iso8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("iso_8859-1", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.GetEncoding(1252);
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A UTF-16 label on bytes without a mark or zero bytes is a lie; the text is ASCII-compatible.
            return encoding is UnicodeEncoding ? null : encoding;
        }
        catch (ArgumentException)
        {
            warnings.Add($"line 1: unknown {source} charset '{name}' ignored");
            return null;
        }
    }

    /// <summary>The encoding="..." of an XML declaration at the start, read as ASCII.</summary>
    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 512)];
        var start = head.IndexOf("<?xml"u8);
        if (start < 0)
        {
            return null;
        }

        var end = head[start..].IndexOf("?>"u8);
        var declaration = end < 0 ? head[start..] : head.Slice(start, end);
        var at = declaration.IndexOf("encoding"u8);
        if (at < 0)
        {
            return null;
        }

        var rest = declaration[(at + 8)..];
        var quote = rest.IndexOfAny((byte)'"', (byte)'\'');
        if (quote < 0)
        {
            return null;
        }

        var value = rest[(quote + 1)..];
        var close = value.IndexOf(rest[quote]);
        return close < 0 ? null : Encoding.ASCII.GetString(value[..close]);
    }
}
