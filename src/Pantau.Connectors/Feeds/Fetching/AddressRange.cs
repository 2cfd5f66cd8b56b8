namespace Pantau.Connectors.Feeds.Fetching;

/// <summary>What kind of network an IP address belongs to; only <see cref="Public"/> is fetched without an allow-list entry.</summary>
public enum AddressRange
{
    Public,
    Loopback,
    Private,
    LinkLocal,

    /// <summary>100.64.0.0/10, carrier-grade NAT: inside a provider's network.</summary>
    SharedAddressSpace,

    /// <summary>0.0.0.0/8 and ::, which many stacks route to the local machine.</summary>
    Unspecified,

    Multicast,
    Broadcast,
    Documentation,
    Reserved,
}
