namespace Pantau.Connectors.Feeds.Discovery;

public enum FeedPlatform
{
    Unknown,
    Blogger,
    WordPress,
}
