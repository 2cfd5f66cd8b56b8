using System.Net;
using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Connectors.Tests.Feeds.Fetching;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressRange.Loopback)]
    [InlineData("127.255.1.2", AddressRange.Loopback)]
    [InlineData("::1", AddressRange.Loopback)]
    [InlineData("::ffff:127.0.0.1", AddressRange.Loopback)]
    [InlineData("::127.0.0.1", AddressRange.Loopback)]
    [InlineData("10.1.2.3", AddressRange.Private)]
    [InlineData("172.16.0.1", AddressRange.Private)]
    [InlineData("172.31.255.255", AddressRange.Private)]
    [InlineData("192.168.1.1", AddressRange.Private)]
    [InlineData("::ffff:192.168.1.1", AddressRange.Private)]
    [InlineData("fc00::1", AddressRange.Private)]
    [InlineData("fd12:3456::1", AddressRange.Private)]
    [InlineData("fec0::1", AddressRange.Private)]
    [InlineData("169.254.169.254", AddressRange.LinkLocal)]
    [InlineData("::ffff:169.254.169.254", AddressRange.LinkLocal)]
    [InlineData("fe80::1", AddressRange.LinkLocal)]
    [InlineData("100.64.0.1", AddressRange.SharedAddressSpace)]
    [InlineData("100.127.255.254", AddressRange.SharedAddressSpace)]
    [InlineData("0.0.0.0", AddressRange.Unspecified)]
    [InlineData("0.1.2.3", AddressRange.Unspecified)]
    [InlineData("::", AddressRange.Unspecified)]
    [InlineData("224.0.0.1", AddressRange.Multicast)]
    [InlineData("ff02::1", AddressRange.Multicast)]
    [InlineData("255.255.255.255", AddressRange.Broadcast)]
    [InlineData("240.0.0.1", AddressRange.Reserved)]
    [InlineData("192.0.0.8", AddressRange.Reserved)]
    [InlineData("198.18.0.1", AddressRange.Reserved)]
    [InlineData("2001:0:4136:e378::1", AddressRange.Reserved)]
    [InlineData("100::1", AddressRange.Reserved)]
    [InlineData("192.0.2.1", AddressRange.Documentation)]
    [InlineData("203.0.113.9", AddressRange.Documentation)]
    [InlineData("2001:db8::1", AddressRange.Documentation)]
    [InlineData("64:ff9b::7f00:1", AddressRange.Loopback)]
    [InlineData("64:ff9b::a00:1", AddressRange.Private)]
    [InlineData("64:ff9b:1::1", AddressRange.Private)]
    [InlineData("2002:7f00:1::1", AddressRange.Loopback)]
    [InlineData("93.184.216.34", AddressRange.Public)]
    [InlineData("8.8.8.8", AddressRange.Public)]
    [InlineData("100.128.0.1", AddressRange.Public)]
    [InlineData("172.32.0.1", AddressRange.Public)]
    [InlineData("::ffff:93.184.216.34", AddressRange.Public)]
    [InlineData("64:ff9b::5db8:d822", AddressRange.Public)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", AddressRange.Public)]
    public void Addresses_are_classified_by_their_special_purpose_range(string address, AddressRange expected)
    {
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));
    }

    [Fact]
    public void A_bracketed_ipv6_literal_url_is_classified_as_its_address()
    {
        var host = new Uri("http://[::1]:8080/feed").Host.Trim('[', ']');

        Assert.Equal(AddressRange.Loopback, AddressClassifier.Classify(IPAddress.Parse(host)));
    }

    [Theory]
    [InlineData("blog.local", "blog.local", 80, true)]
    [InlineData("BLOG.local", "blog.LOCAL", 443, true)]
    [InlineData("blog.local", "other.local", 80, false)]
    [InlineData("intranet:8080", "intranet", 8080, true)]
    [InlineData("intranet:8080", "intranet", 80, false)]
    [InlineData("[::1]:8080", "[::1]", 8080, true)]
    [InlineData("::1", "::1", 1234, true)]
    public void Allow_list_entries_match_host_and_optional_port(string entry, string host, int port, bool allowed)
    {
        var guard = new SsrfGuard([entry]);

        Assert.Equal(allowed, guard.IsAllowListed(host, port));
    }
}
