using System.Text.Json;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Webhooks;

/// <summary>
/// Posts pushed by the company's own systems in Pantau's JSON format (docs/api.md#push):
/// <c>{"posts":[{"id":"…","text":"…","author":{"handle":"…"}}]}</c>. Bounded in count and size.
/// </summary>
public sealed class WebhookConnector : IPushConnector
{
    public const int MaxPostsPerDelivery = 1000;
    public const int MaxTextLength = 20_000;

    public string Kind => SourceKinds.Webhook;

    public IReadOnlyList<RawPost> ParseDelivery(SourceContext source, ReadOnlySpan<byte> body, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        WebhookDelivery? delivery;
        try
        {
            delivery = JsonSerializer.Deserialize(body, WebhookJson.Default.WebhookDelivery);
        }
        catch (JsonException exception)
        {
            var where = exception.LineNumber is { } line ? $" at line {line + 1}, position {exception.BytePositionInLine + 1}" : "";
            throw new PushRejectedException($"The body is not valid JSON{where}: {exception.Message}");
        }

        if (delivery?.Posts is not { Count: > 0 } posts)
        {
            throw new PushRejectedException("'posts' must be a non-empty array.");
        }

        if (posts.Count > MaxPostsPerDelivery)
        {
            throw new PushRejectedException($"'posts' has {posts.Count} items; at most {MaxPostsPerDelivery} are accepted per delivery.");
        }

        var result = new List<RawPost>(posts.Count);
        for (var i = 0; i < posts.Count; i++)
        {
            result.Add(ToRawPost(posts[i], i, clock));
        }

        return result;
    }

    private static RawPost ToRawPost(WebhookPost post, int index, TimeProvider clock)
    {
        string Field(string name) => $"posts[{index}].{name}";
        if (string.IsNullOrWhiteSpace(post.Id) || post.Id.Length > 200)
        {
            throw new PushRejectedException($"'{Field("id")}' is required (1–200 characters).");
        }

        if (string.IsNullOrWhiteSpace(post.Text) || post.Text.Length > MaxTextLength)
        {
            throw new PushRejectedException($"'{Field("text")}' is required (at most {MaxTextLength} characters).");
        }

        if (post.Author is null || string.IsNullOrWhiteSpace(post.Author.Handle) || post.Author.Handle.Length > 200)
        {
            throw new PushRejectedException($"'{Field("author.handle")}' is required (1–200 characters).");
        }

        if (post.Url is not null && !(Uri.TryCreate(post.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            throw new PushRejectedException($"'{Field("url")}' must be an absolute http or https URL.");
        }

        return new RawPost
        {
            SourceKind = SourceKinds.Webhook,
            ExternalId = post.Id,
            Network = string.IsNullOrWhiteSpace(post.Network) ? SourceKinds.Webhook : post.Network.Trim().ToLowerInvariant(),
            PublishedAt = post.PublishedAt ?? clock.GetUtcNow(),
            Text = post.Text,
            Title = post.Title,
            Url = post.Url,
            Author = new PostAuthor(post.Author.Handle, post.Author.Name, post.Author.Followers is >= 0 ? post.Author.Followers : null),
            Language = post.Lang,
            Country = post.Country,
            InReplyToExternalId = post.InReplyTo,
        };
    }
}

public sealed record WebhookDelivery(IReadOnlyList<WebhookPost>? Posts);

public sealed record WebhookPost(
    string? Id,
    string? Text,
    string? Title,
    string? Url,
    string? Network,
    DateTimeOffset? PublishedAt,
    WebhookAuthor? Author,
    string? Lang,
    string? Country,
    string? InReplyTo);

public sealed record WebhookAuthor(string? Handle, string? Name, long? Followers);
