namespace Pantau.Server.Alerts.Settings;

/// <summary>
/// How a channel's address is shown back. A Slack or Teams webhook URL is itself a credential (whoever has it can post),
/// and a generic webhook's path may hold a token, so URLs are shown as scheme and host with the last characters only;
/// e-mail recipients and Telegram chat ids are not secret and are shown as they are.
/// </summary>
public static class ChannelAddress
{
    public static readonly IReadOnlyList<string> Kinds = ["email", "slack", "teams", "telegram", "webhook"];

    /// <summary>Kinds whose address is a URL (and so is masked and replaced rather than edited).</summary>
    public static bool IsUrl(string kind) => kind is "slack" or "teams" or "webhook";

    /// <summary>Kinds that take a secret: Telegram's bot token (required) and the webhook's signing secret.</summary>
    public static bool HasSecretField(string kind) => kind is "telegram" or "webhook";

    public static string Masked(string kind, string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (!IsUrl(kind))
        {
            return address;
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var url))
        {
            return "••••";
        }

        var rest = url.PathAndQuery.TrimEnd('/');
        var tail = rest.Length > 12 ? rest[^4..] : "";
        return $"{url.Scheme}://{url.Authority}/…{tail}";
    }

    public static string KindIcon(string kind) => kind switch
    {
        "email" => MudBlazor.Icons.Material.Filled.Email,
        "slack" => MudBlazor.Icons.Material.Filled.Tag,
        "teams" => MudBlazor.Icons.Material.Filled.Groups,
        "telegram" => MudBlazor.Icons.Material.Filled.Send,
        _ => MudBlazor.Icons.Material.Filled.Webhook,
    };
}
