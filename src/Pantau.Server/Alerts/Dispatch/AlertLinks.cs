using System.Globalization;
using Microsoft.Extensions.Options;
using Pantau.Server.Care.Webhooks;
using Pantau.Server.Feeds;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>
/// Links in notices and digests, on the public address (<c>Care:PublicUrl</c>, else <c>Feeds:PublicUrl</c>, as for care
/// links); without one there are no links: notices and digests go out without an "open" button.
/// </summary>
public sealed class AlertLinks(IOptions<CareLinkOptions> care, IOptions<FeedOptions> feeds)
{
    private readonly string? _base = (care.Value.PublicUrl ?? feeds.Value.PublicUrl)?.ToString().TrimEnd('/');

    public bool HasPublicUrl => _base is not null;

    public Uri? Alert(string workspaceSlug, int number) =>
        _base is null ? null : new Uri($"{_base}/w/{Uri.EscapeDataString(workspaceSlug)}/alerts/{number.ToString(CultureInfo.InvariantCulture)}");

    public Uri? Dashboard(string workspaceSlug) =>
        _base is null ? null : new Uri($"{_base}/w/{Uri.EscapeDataString(workspaceSlug)}");

    public Uri? Story(string workspaceSlug, long storyId) =>
        _base is null ? null : new Uri($"{_base}/w/{Uri.EscapeDataString(workspaceSlug)}/stories/{storyId.ToString(CultureInfo.InvariantCulture)}");
}
