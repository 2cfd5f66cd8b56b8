namespace Pantau.Core.Alerts;

/// <summary>Why a story counts as spreading; both may hold.</summary>
[Flags]
public enum StorySpreadReason
{
    None = 0,
    FastGrowth = 1,
    Influencer = 2,
}
