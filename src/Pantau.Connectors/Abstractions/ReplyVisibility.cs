namespace Pantau.Connectors.Abstractions;

/// <summary>Where a reply is posted: in the public thread under the customer's post, or as a private (direct) message to the customer.</summary>
public enum ReplyVisibility
{
    /// <summary>In the public conversation, visible to everyone who can see the customer's post.</summary>
    Public = 0,

    /// <summary>A private (direct) message to the customer; only on networks whose <see cref="ReplyCapabilities.Private"/> is true.</summary>
    Private = 1,
}
