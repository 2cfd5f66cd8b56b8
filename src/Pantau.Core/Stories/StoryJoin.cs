namespace Pantau.Core.Stories;

/// <summary>Why a mention belongs to its story.</summary>
public enum StoryJoin
{
    /// <summary>It started a new story.</summary>
    New,

    /// <summary>A repost of a post in the story.</summary>
    Repost,

    /// <summary>A quote of a post in the story.</summary>
    Quote,

    /// <summary>Its text is a near copy of a post in the story.</summary>
    Text,

    /// <summary>It shares a link (normalised, not a home page) with a post in the story.</summary>
    Link,
}
