using System.Net;
using System.Net.Sockets;

namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>Classifies IP addresses by the IANA special-purpose registries (RFC 6890 and successors).</summary>
public static class AddressClassifier
{
    public static AddressRange Classify(IPAddress address)
    {
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address.GetAddressBytes()),
            _ => AddressRange.Reserved,
        };
    }

    public static string Describe(AddressRange range) => range switch
    {
        AddressRange.Public => "a public address",
        AddressRange.Loopback => "a loopback address",
        AddressRange.Private => "a private network address",
        AddressRange.LinkLocal => "a link-local address (where cloud metadata services live)",
        AddressRange.SharedAddressSpace => "a carrier-grade NAT address",
        AddressRange.Unspecified => "an unspecified (this-host) address",
        AddressRange.Multicast => "a multicast address",
        AddressRange.Broadcast => "the broadcast address",
        AddressRange.Documentation => "a documentation-only address",
        _ => "a reserved address",
    };

    private static AddressRange ClassifyV4(ReadOnlySpan<byte> b)
    {
        return b[0] switch
        {
            0 => AddressRange.Unspecified,
            10 => AddressRange.Private,
            100 when (b[1] & 0xC0) == 64 => AddressRange.SharedAddressSpace,
            127 => AddressRange.Loopback,
            169 when b[1] == 254 => AddressRange.LinkLocal,
            172 when (b[1] & 0xF0) == 16 => AddressRange.Private,
            192 when b[1] == 0 && b[2] == 0 => AddressRange.Reserved,
            192 when b[1] == 0 && b[2] == 2 => AddressRange.Documentation,
            192 when b[1] == 88 && b[2] == 99 => AddressRange.Reserved,
            192 when b[1] == 168 => AddressRange.Private,
            198 when (b[1] & 0xFE) == 18 => AddressRange.Reserved,
            198 when b[1] == 51 && b[2] == 100 => AddressRange.Documentation,
            203 when b[1] == 0 && b[2] == 113 => AddressRange.Documentation,
            255 when b[1] == 255 && b[2] == 255 && b[3] == 255 => AddressRange.Broadcast,
            >= 224 and < 240 => AddressRange.Multicast,
            >= 240 => AddressRange.Reserved,
            _ => AddressRange.Public,
        };
    }

    private static AddressRange ClassifyV6(byte[] b)
    {
        var span = b.AsSpan();

        // ::/96 holds ::, ::1, IPv4-compatible (::a.b.c.d) and, with ffff, IPv4-mapped (::ffff:a.b.c.d).
        if (span[..10].IndexOfAnyExcept((byte)0) < 0)
        {
            var tail = span[10..12];
            if (tail[0] == 0xFF && tail[1] == 0xFF)
            {
                return ClassifyV4(span[12..]);
            }

            if (tail[0] == 0 && tail[1] == 0)
            {
                if (span[12..15].IndexOfAnyExcept((byte)0) < 0 && span[15] <= 1)
                {
                    return span[15] == 0 ? AddressRange.Unspecified : AddressRange.Loopback;
                }

                return ClassifyV4(span[12..]);
            }

            return AddressRange.Reserved;
        }

        // 64:ff9b::/96 is NAT64: the gateway connects to the embedded IPv4 address, so judge that one.
        if (span[..12].SequenceEqual(Nat64Prefix))
        {
            return ClassifyV4(span[12..]);
        }

        // 64:ff9b:1::/48 is NAT64 for local use only.
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0 && b[5] == 1)
        {
            return AddressRange.Private;
        }

        // 2002::/16 is 6to4: the IPv4 relay address sits in bits 16-47.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return ClassifyV4(span[2..6]);
        }

        // 2001::/32 is Teredo, whose client address is obfuscated: refuse rather than guess.
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            return AddressRange.Reserved;
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
        {
            return AddressRange.Documentation;
        }

        if (b[0] == 0xFF)
        {
            return AddressRange.Multicast;
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return AddressRange.Private;
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        {
            return AddressRange.LinkLocal;
        }

        // fec0::/10, the deprecated site-local range, is still private in practice.
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)
        {
            return AddressRange.Private;
        }

        // Only 2000::/3 is allocated as global unicast; everything else is reserved.
        return (b[0] & 0xE0) == 0x20 ? AddressRange.Public : AddressRange.Reserved;
    }

    private static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0];
}
