using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Demo;

/// <summary>Addresses of demo replies and answers, in the style of the corpus's made-up <c>*.example</c> sites.</summary>
internal static class DemoReplyLinks
{
    /// <summary>
    /// Where the post <paramref name="id"/> written by <paramref name="author"/> (null: the brand, whose handle the demo does
    /// not know) in reply to <paramref name="threadId"/> can be seen; a private one, the conversation with <paramref name="customerHandle"/>.
    /// </summary>
    public static string Url(string network, ReplyVisibility visibility, string threadId, string id, string? author, string customerHandle)
    {
        var thread = Uri.EscapeDataString(threadId);
        var post = Uri.EscapeDataString(id);
        var customer = Uri.EscapeDataString(customerHandle);
        if (visibility == ReplyVisibility.Private)
        {
            return network switch
            {
                SourceKinds.Facebook => $"https://facebook.example/messages/t/{customer}",
                SourceKinds.Instagram => $"https://instagram.example/direct/t/{customer}",
                _ => $"https://x.example/messages/{customer}",
            };
        }

        return network switch
        {
            SourceKinds.X => $"https://x.example/{(author is null ? "i" : Uri.EscapeDataString(author))}/status/{post}",
            SourceKinds.Facebook => $"https://facebook.example/{thread}?comment_id={post}",
            SourceKinds.Instagram => $"https://instagram.example/p/{thread}/c/{post}/",
            SourceKinds.YouTube => $"https://youtube.example/watch?v={thread}&lc={post}",
            SourceKinds.Reddit => $"https://reddit.example/comments/{thread}/_/{post}/",
            SourceKinds.Mastodon => author is null ? $"https://fosstodon.example/statuses/{post}" : $"https://fosstodon.example/@{Uri.EscapeDataString(author)}/{post}",
            _ => $"https://demo.example/{Uri.EscapeDataString(network)}/{thread}/replies/{post}",
        };
    }
}
