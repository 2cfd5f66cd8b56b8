using System.Security.Cryptography;
using System.Text;
using Pantau.Connectors.Feeds.WebSub;

namespace Pantau.Connectors.Tests.Feeds.WebSub;

public sealed class WebSubTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("rahasia-langganan");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry/></feed>");

    [Theory]
    [InlineData("sha1")]
    [InlineData("sha256")]
    [InlineData("sha384")]
    [InlineData("SHA512")]
    public void Every_method_the_spec_allows_is_verified(string method)
    {
#pragma warning disable CA5350 // The test signs as a SHA-1 hub would.
        var digest = method.ToLowerInvariant() switch
        {
            "sha1" => HMACSHA1.HashData(Secret, Body),
            "sha256" => HMACSHA256.HashData(Secret, Body),
            "sha384" => HMACSHA384.HashData(Secret, Body),
            _ => HMACSHA512.HashData(Secret, Body),
        };
#pragma warning restore CA5350

        Assert.True(WebSubSignature.IsValid($"{method}={Convert.ToHexString(digest)}", Body, Secret));
        Assert.True(WebSubSignature.IsValid($"{method}={Convert.ToHexStringLower(digest)}", Body, Secret));
    }

    [Fact]
    public void A_wrong_missing_or_malformed_signature_is_refused()
    {
        var good = WebSubSignature.Sign(Body, Secret);
        Assert.True(WebSubSignature.IsValid(good, Body, Secret));

        Assert.False(WebSubSignature.IsValid(good, Encoding.UTF8.GetBytes("<feed>tampered</feed>"), Secret));
        Assert.False(WebSubSignature.IsValid(good, Body, Encoding.UTF8.GetBytes("another secret")));
        Assert.False(WebSubSignature.IsValid(null, Body, Secret));
        Assert.False(WebSubSignature.IsValid("", Body, Secret));
        Assert.False(WebSubSignature.IsValid("sha256", Body, Secret));
        Assert.False(WebSubSignature.IsValid("=abc", Body, Secret));
        Assert.False(WebSubSignature.IsValid("md5=" + good[7..], Body, Secret));
        Assert.False(WebSubSignature.IsValid("sha256=not-hex", Body, Secret));
        Assert.False(WebSubSignature.IsValid("sha256=" + good[7..^2], Body, Secret));
    }

    [Fact]
    public void Verifications_and_denials_are_read_from_the_query()
    {
        static Func<string, string?> Query(params (string Key, string Value)[] pairs) =>
            key => pairs.FirstOrDefault(p => p.Key == key).Value;

        var subscribe = WebSubVerification.From(Query(("hub.mode", "subscribe"), ("hub.topic", "https://blog.example/feed"), ("hub.challenge", "c1"), ("hub.lease_seconds", "864000")));
        Assert.Equal(new WebSubVerification("subscribe", "https://blog.example/feed", "c1", TimeSpan.FromDays(10), null), subscribe);

        var denied = WebSubVerification.From(Query(("hub.mode", "denied"), ("hub.topic", "https://blog.example/feed"), ("hub.reason", "not allowed")));
        Assert.True(denied!.IsDenied);
        Assert.Equal("not allowed", denied.Reason);

        Assert.Null(WebSubVerification.From(Query(("hub.mode", "subscribe"), ("hub.topic", "https://blog.example/feed"))));
        Assert.Null(WebSubVerification.From(Query(("hub.topic", "https://blog.example/feed"), ("hub.challenge", "c1"))));
        Assert.Null(WebSubVerification.From(Query(("hub.mode", "subscribe"), ("hub.topic", "t"), ("hub.challenge", "c"), ("hub.lease_seconds", "-5")))!.Lease);
    }
}
