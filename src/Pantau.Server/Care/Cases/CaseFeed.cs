using Pantau.Server.Live;

namespace Pantau.Server.Care.Cases;

/// <summary>What changed on a case, for open inboxes and case panes.</summary>
public enum CaseChangeKind
{
    Created,
    Updated,

    /// <summary>A colleague @mentioned <see cref="CaseChange.UserId"/> in a note.</summary>
    MentionedUser,
}

public sealed record CaseChange(Guid WorkspaceId, long CaseId, int Number, CaseChangeKind Kind, Guid? UserId = null, string? Text = null);

/// <summary>Live case changes per workspace, for open inboxes and case panes; never slows the engine.</summary>
public sealed class CaseFeed() : WorkspaceFeed<CaseChange>(2000)
{
    public void Publish(CaseChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        Publish(change.WorkspaceId, change);
    }

    public void Publish(IEnumerable<CaseChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            Publish(change);
        }
    }
}
