using System.Security.Cryptography;
using System.Text;
using Pantau.Core.Care;

namespace Pantau.Core.Tests.Care;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_rahasia";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"event":"case.created","case":{"number":1042,"text":"sinyal hilang 😡"}}""");
    private static readonly DateTimeOffset SignedAt = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly TimeSpan FiveMinutes = TimeSpan.FromMinutes(5);

    [Fact]
    public void The_signature_is_hmac_sha256_of_time_dot_body_in_lowercase_hex()
    {
        var t = SignedAt.ToUnixTimeSeconds();
        Assert.Equal(1796608800, t);
        var expected = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), (byte[])[.. Encoding.UTF8.GetBytes("1796608800."), .. Body])).ToLowerInvariant();

        Assert.Equal($"t=1796608800,v1={expected}", WebhookSignature.Sign(Body, Secret, SignedAt));
        Assert.Equal("Pantau-Signature", WebhookSignature.HeaderName);
    }

    [Fact]
    public void A_known_vector_signs_the_same_forever()
    {
        // HMAC-SHA256("key", "0.The quick brown fox jumps over the lazy dog"), computed independently with openssl.
        Assert.Equal(
            "t=0,v1=8511f28f7a1949f0c42772b447d68b2daf760f5f0439a20a17e3b4e7cd395763",
            WebhookSignature.Sign("The quick brown fox jumps over the lazy dog"u8, "key", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void A_fresh_signature_verifies_within_the_tolerance_either_way()
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);

        Assert.True(WebhookSignature.Verify(Body, header, Secret, SignedAt, FiveMinutes));
        Assert.True(WebhookSignature.Verify(Body, header, Secret, SignedAt + FiveMinutes, FiveMinutes));
        Assert.True(WebhookSignature.Verify(Body, header, Secret, SignedAt - FiveMinutes, FiveMinutes)); // receiver's clock behind
        Assert.False(WebhookSignature.Verify(Body, header, Secret, SignedAt + FiveMinutes + TimeSpan.FromSeconds(1), FiveMinutes));
        Assert.False(WebhookSignature.Verify(Body, header, Secret, SignedAt - TimeSpan.FromMinutes(6), FiveMinutes));
        Assert.False(WebhookSignature.Verify(Body, header, Secret, SignedAt.AddDays(2), FiveMinutes));
        Assert.False(WebhookSignature.Verify(Body, header, Secret, SignedAt, TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public void A_tampered_body_a_wrong_secret_or_a_moved_time_fail()
    {
        var header = WebhookSignature.Sign(Body, Secret, SignedAt);
        var tampered = (byte[])Body.Clone();
        tampered[^3] ^= 1;

        Assert.False(WebhookSignature.Verify(tampered, header, Secret, SignedAt, FiveMinutes));
        Assert.False(WebhookSignature.Verify([], header, Secret, SignedAt, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Body, header, "whsec_lain", SignedAt, FiveMinutes));
        // An old delivery replayed with a fresh time: the signature covers the time.
        var later = SignedAt.AddHours(1);
        var replayed = header.Replace("t=1796608800", $"t={later.ToUnixTimeSeconds()}", StringComparison.Ordinal);
        Assert.False(WebhookSignature.Verify(Body, replayed, Secret, later, FiveMinutes));
    }

    [Fact]
    public void Any_of_several_signatures_may_match_during_a_secret_rotation()
    {
        var current = WebhookSignature.Sign(Body, Secret, SignedAt);
        var old = WebhookSignature.Sign(Body, "whsec_lama", SignedAt);
        var both = $"{old}, v1={current[(current.IndexOf("v1=", StringComparison.Ordinal) + 3)..]}";

        Assert.True(WebhookSignature.Verify(Body, both, Secret, SignedAt, FiveMinutes));
        Assert.True(WebhookSignature.Verify(Body, both, "whsec_lama", SignedAt, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Body, both, "whsec_lain", SignedAt, FiveMinutes));
        // Unknown schemes are ignored, order does not matter.
        Assert.True(WebhookSignature.Verify(Body, $"v0=abc,{current.Split(',')[1]}, {current.Split(',')[0]}", Secret, SignedAt, FiveMinutes));
        Assert.True(WebhookSignature.Verify(Body, current.ToUpperInvariant().Replace("T=", "t=", StringComparison.Ordinal).Replace("V1=", "v1=", StringComparison.Ordinal), Secret, SignedAt, FiveMinutes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("t=1796608800")]
    [InlineData("v1=00")]
    [InlineData("t=,v1=SIG")]
    [InlineData("t=abc,v1=SIG")]
    [InlineData("t=-1796608800,v1=SIG")]
    [InlineData("t=+1796608800,v1=SIG")]
    [InlineData("t=1796608800.5,v1=SIG")]
    [InlineData("t=1e9,v1=SIG")]
    [InlineData("t=999999999999999999999,v1=SIG")]
    [InlineData("t=1796608800,t=1796608800,v1=SIG")]
    [InlineData("t=1796608800,v1=")]
    [InlineData("t=1796608800,v1=zz")]
    [InlineData("t=1796608800,v1=SIG0")]
    [InlineData("t=1796608800,v1=SIGzz")]
    [InlineData("t=1796608800,v2=SIG")]
    [InlineData("t=1796608800;v1=SIG")]
    [InlineData("=,=,,,")]
    public void Malformed_headers_fail_without_throwing(string header)
    {
        var good = WebhookSignature.Sign(Body, Secret, SignedAt);
        var signature = good[(good.IndexOf("v1=", StringComparison.Ordinal) + 3)..];

        Assert.False(WebhookSignature.Verify(Body, header.Replace("SIG", signature, StringComparison.Ordinal), Secret, SignedAt, FiveMinutes));
    }

    [Fact]
    public void Oversized_headers_and_empty_secrets_fail()
    {
        var good = WebhookSignature.Sign(Body, Secret, SignedAt);

        Assert.False(WebhookSignature.Verify(Body, good + "," + new string('x', WebhookSignature.MaxHeaderLength), Secret, SignedAt, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Body, good, string.Empty, SignedAt, FiveMinutes));
        Assert.False(WebhookSignature.Verify(Body, null!, Secret, SignedAt, FiveMinutes));
        Assert.Throws<ArgumentException>(() => WebhookSignature.Sign(Body, string.Empty, SignedAt));
    }
}
