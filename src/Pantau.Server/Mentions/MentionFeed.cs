using Pantau.Server.Live;

namespace Pantau.Server.Mentions;

/// <summary>Live mentions, per workspace, for the UI and the SSE stream; never slows the pipeline.</summary>
public sealed class MentionFeed() : WorkspaceFeed<MentionDto>(1000)
{
    /// <summary>Publishes new mentions; each is turned into a <see cref="MentionDto"/> only when its workspace has a subscriber.</summary>
    public void Publish<TMention>(IEnumerable<TMention> mentions, Func<TMention, Guid> workspaceOf, Func<TMention, MentionDto> toDto)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(workspaceOf);
        ArgumentNullException.ThrowIfNull(toDto);
        foreach (var mention in mentions)
        {
            var workspaceId = workspaceOf(mention);
            if (HasSubscribers(workspaceId))
            {
                Publish(workspaceId, toDto(mention));
            }
        }
    }
}
