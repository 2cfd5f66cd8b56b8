using Pantau.Core.Posts;

namespace Pantau.Core.Queries;

/// <summary>Tests a post against every enabled topic of its workspace. Implementations are immutable and thread-safe.</summary>
public interface ITopicMatcher
{
    /// <summary>The ids of the topics the post matches, in no particular order; empty when none does.</summary>
    IReadOnlyList<Guid> Match(NormalisedPost post);
}
