using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Pantau.Server.Alerts.Delivery;

/// <summary>
/// Calls the Bot API's <c>sendMessage</c> (<c>POST {TelegramApiBase}bot&lt;token&gt;/sendMessage</c>) with <see cref="TelegramPayload"/>.
/// The token (the target's secret) is part of the URL: no error text ever holds it. Telegram's error JSON is read for
/// <c>retry_after</c> (429) and a group that became a supergroup (<c>migrate_to_chat_id</c>).
/// </summary>
public sealed partial class TelegramSender(ChannelHttp http, IOptions<AlertDeliveryOptions> options) : IAlertChannelSender
{
    public AlertChannelKind Kind => AlertChannelKind.Telegram;

    public Task<DeliveryOutcome> SendAsync(AlertNotice notice, ChannelTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var token = target.Secret?.Trim() ?? "";
        if (!TokenShape().IsMatch(token))
        {
            return Task.FromResult(DeliveryOutcome.Failure("the Telegram bot token is missing or malformed (it looks like 123456:ABC-def…)", retryable: false));
        }

        if (string.IsNullOrWhiteSpace(target.Address))
        {
            return Task.FromResult(DeliveryOutcome.Failure("the Telegram chat id is missing", retryable: false));
        }

        var json = TelegramPayload.Render(notice, target.Address, options.Value.MaxMentions);
        var url = new Uri(options.Value.TelegramApiBase, "./bot" + token + "/sendMessage").AbsoluteUri;
        return http.PostJsonAsync(url, json, null, Interpret, [token], cancellationToken);
    }

    private DeliveryOutcome Interpret(ChannelHttp.Answer answer)
    {
        var outcome = http.Refused(answer);
        string? description = null;
        TimeSpan? retryAfter = null;
        long? migrateTo = null;
        try
        {
            using var document = JsonDocument.Parse(answer.Body);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                if (root.TryGetProperty("description", out var said) && said.ValueKind == JsonValueKind.String)
                {
                    description = NoticeText.Line(said.GetString(), 200);
                }

                if (root.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object)
                {
                    if (parameters.TryGetProperty("retry_after", out var seconds) && seconds.TryGetInt32(out var s) && s > 0)
                    {
                        retryAfter = TimeSpan.FromSeconds(s);
                    }

                    if (parameters.TryGetProperty("migrate_to_chat_id", out var chat) && chat.TryGetInt64(out var id))
                    {
                        migrateTo = id;
                    }
                }
            }
        }
        catch (JsonException)
        {
            return outcome; // not Telegram's JSON (a proxy's page): the status says enough
        }

        if (migrateTo is { } newChat)
        {
            return outcome with
            {
                Retryable = false,
                Error = "the Telegram group became a supergroup; change the chat id to " + newChat.ToString(CultureInfo.InvariantCulture),
            };
        }

        var error = answer.Status switch
        {
            401 => "Telegram refused the bot token (401 Unauthorized); paste the token from @BotFather again",
            403 => "Telegram: the bot may not write to this chat (" + description + "); add the bot to the chat or unblock it",
            400 => "Telegram refused the message (" + description + "); check the chat id",
            404 => "Telegram does not know this bot (404); check the bot token",
            _ => "Telegram: HTTP " + answer.Status.ToString(CultureInfo.InvariantCulture) + (description is null ? "" : " " + description),
        };
        return outcome with { Error = error, RetryAfter = retryAfter ?? outcome.RetryAfter };
    }

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{20,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex TokenShape();
}
