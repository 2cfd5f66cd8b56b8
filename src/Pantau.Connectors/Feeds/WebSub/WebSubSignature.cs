using System.Security.Cryptography;

namespace Pantau.Connectors.Feeds.WebSub;

/// <summary>
/// Checks the <c>X-Hub-Signature</c> of a WebSub content distribution: <c>method=hexdigest</c>, an HMAC of the raw
/// body with the subscription's secret, by SHA-1, SHA-256, SHA-384 or SHA-512 (W3C WebSub §8), compared in constant time.
/// </summary>
public static class WebSubSignature
{
    public const string Header = "X-Hub-Signature";

    public static bool IsValid(string? header, ReadOnlySpan<byte> body, ReadOnlySpan<byte> secret)
    {
        var split = header?.IndexOf('=', StringComparison.Ordinal) ?? -1;
        if (header is null || split <= 0)
        {
            return false;
        }

        var method = header[..split].Trim().ToLowerInvariant();
        Span<byte> expected = stackalloc byte[64];
        var length = method switch
        {
#pragma warning disable CA5350 // WebSub hubs may sign with SHA-1 (the spec allows it); an HMAC-SHA1 is still unforgeable without the secret.
            "sha1" => HMACSHA1.HashData(secret, body, expected),
#pragma warning restore CA5350
            "sha256" => HMACSHA256.HashData(secret, body, expected),
            "sha384" => HMACSHA384.HashData(secret, body, expected),
            "sha512" => HMACSHA512.HashData(secret, body, expected),
            _ => -1,
        };
        if (length < 0)
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(header.AsSpan(split + 1).Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(given, expected[..length]);
    }

    /// <summary>The header value a hub sends for <paramref name="body"/> (SHA-256): for tests and for the hub in the load generator.</summary>
    public static string Sign(ReadOnlySpan<byte> body, ReadOnlySpan<byte> secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, body));
}
