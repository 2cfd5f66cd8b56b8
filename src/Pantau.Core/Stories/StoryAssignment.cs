namespace Pantau.Core.Stories;

/// <summary>
/// The story a mention was put in. <see cref="StoryId"/> is the mention id of the story's first post.
/// <see cref="MatchedMentionId"/> is the post it joined through (0 for a new story); <see cref="Score"/> is the text
/// similarity for <see cref="StoryJoin.Text"/> (0–1) and 1 for the exact joins.
/// </summary>
public readonly record struct StoryAssignment(long StoryId, bool IsNewStory, StoryJoin Join, double Score, long MatchedMentionId);
