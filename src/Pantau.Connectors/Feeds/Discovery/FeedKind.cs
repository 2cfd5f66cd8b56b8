namespace Pantau.Connectors.Feeds.Discovery;

public enum FeedKind
{
    /// <summary>The site's articles or posts.</summary>
    Posts,

    /// <summary>Comments on the whole site.</summary>
    Comments,

    /// <summary>Comments on one article.</summary>
    PostComments,
}
