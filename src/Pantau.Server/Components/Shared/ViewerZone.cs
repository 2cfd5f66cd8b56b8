namespace Pantau.Server.Components.Shared;

/// <summary>
/// The time zone of the person looking (read from the browser once the page is interactive), cascaded by the layout,
/// so absolute times read as the user's clock (WIB, WITA, WIT…), not the server's.
/// </summary>
public sealed record ViewerZone(TimeZoneInfo Zone)
{
    /// <summary>Until the browser has answered (and while prerendering): the server's zone.</summary>
    public static readonly ViewerZone Server = new(TimeZoneInfo.Local);

    public DateTimeOffset ToLocal(DateTimeOffset when) => TimeZoneInfo.ConvertTime(when, Zone);

    /// <summary>Finds an IANA zone name such as <c>Asia/Jakarta</c>; null when this machine does not know it.</summary>
    public static ViewerZone? FromBrowser(string? ianaName) =>
        !string.IsNullOrWhiteSpace(ianaName) && ianaName.Length < 100 && TimeZoneInfo.TryFindSystemTimeZoneById(ianaName, out var zone) ? new ViewerZone(zone) : null;
}
