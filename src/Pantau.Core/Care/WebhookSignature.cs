using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pantau.Core.Care;

/// <summary>
/// Signs outgoing webhook events so the company's systems can check they come from Pantau and are fresh. The header is
/// <c>t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, the HMAC-SHA256 with the secret (UTF-8) of the bytes <c>"&lt;t&gt;."</c> followed by
/// the body. Signing the time with the body stops an old delivery being replayed with a new time; several v1 entries let a
/// receiver accept during a secret rotation.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "Pantau-Signature";

    /// <summary>Longer headers are not read: a real one is under 100 characters per signature.</summary>
    public const int MaxHeaderLength = 4096;

    private const int HashLength = 32;

    /// <summary>"t=&lt;unix seconds&gt;,v1=&lt;lowercase hex HMAC-SHA256 of "&lt;t&gt;.&lt;body&gt;" with the secret&gt;".</summary>
    public static string Sign(ReadOnlySpan<byte> body, string secret, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        var t = at.ToUnixTimeSeconds();
        return "t=" + t.ToString(CultureInfo.InvariantCulture) + ",v1=" + Convert.ToHexStringLower(Mac(body, secret, t));
    }

    /// <summary>
    /// True when some v1 in the header matches (constant-time compare) and |now - t| &lt;= tolerance. A header with no t, more than
    /// one t, an unparsable t or no valid v1 is false; unknown entries (other schemes) are ignored. Never throws on the header.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> body, string header, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrEmpty(header) || header.Length > MaxHeaderLength || string.IsNullOrEmpty(secret) || tolerance < TimeSpan.Zero)
        {
            return false;
        }

        long? t = null;
        var signatures = new List<byte[]>();
        foreach (var part in header.Split(','))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = part.AsSpan(0, equals).Trim();
            var value = part.AsSpan(equals + 1).Trim();
            if (key.SequenceEqual("t"))
            {
                if (t is not null || !TryParseSeconds(value, out var seconds))
                {
                    return false; // two times are ambiguous; a bad one is a bad header
                }

                t = seconds;
            }
            else if (key.SequenceEqual("v1") && value.Length == HashLength * 2 && TryFromHex(value, out var signature))
            {
                signatures.Add(signature);
            }
        }

        if (t is not { } signedAt || signatures.Count == 0)
        {
            return false;
        }

        var age = now - DateTimeOffset.FromUnixTimeSeconds(signedAt);
        if (age.Duration() > tolerance)
        {
            return false;
        }

        var expected = Mac(body, secret, signedAt);
        var matched = false;
        foreach (var signature in signatures)
        {
            // Every candidate is compared, so the time taken does not tell which one (or whether any) matched.
            matched |= CryptographicOperations.FixedTimeEquals(expected, signature);
        }

        return matched;
    }

    private static byte[] Mac(ReadOnlySpan<byte> body, string secret, long t)
    {
        // Incremental, so a large body is not copied to put the time in front of it.
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(secret));
        hmac.AppendData(Encoding.UTF8.GetBytes(t.ToString(CultureInfo.InvariantCulture) + "."));
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }

    /// <summary>Digits only (no sign, spaces or exponent), within the range a <see cref="DateTimeOffset"/> can hold.</summary>
    private static bool TryParseSeconds(ReadOnlySpan<char> value, out long seconds)
    {
        seconds = 0;
        if (value.Length is 0 or > 12)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out seconds)
            && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds();
    }

    private static bool TryFromHex(ReadOnlySpan<char> hex, out byte[] bytes)
    {
        bytes = new byte[hex.Length / 2];
        return Convert.FromHexString(hex, bytes, out _, out var written) == System.Buffers.OperationStatus.Done && written == bytes.Length;
    }
}
