namespace Pantau.Core.Posts;

/// <summary>The kinds of source Pantau knows. A kind names a connector; a source is one configured instance of it.</summary>
public static class SourceKinds
{
    public const string Demo = "demo";
    public const string Feed = "feed";
    public const string X = "x";
    public const string YouTube = "youtube";
    public const string Facebook = "facebook";
    public const string Instagram = "instagram";
    public const string Mastodon = "mastodon";
    public const string Bluesky = "bluesky";
    public const string Reddit = "reddit";
    public const string Email = "email";
    public const string Webhook = "webhook";

    public static readonly IReadOnlyList<string> All =
        [Demo, Feed, X, YouTube, Facebook, Instagram, Mastodon, Bluesky, Reddit, Email, Webhook];
}
