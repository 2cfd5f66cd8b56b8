using Pantau.Core.Care;

namespace Pantau.Server.Care.Cases;

/// <summary>The lower-case names of statuses, priorities and entry kinds used in the API, the timeline and webhooks.</summary>
public static class CaseStatusNames
{
    public static string Of(CaseStatus status) => status switch
    {
        CaseStatus.New => "new",
        CaseStatus.Open => "open",
        CaseStatus.Pending => "pending",
        CaseStatus.Resolved => "resolved",
        CaseStatus.Closed => "closed",
        _ => "unknown",
    };

    public static bool TryParse(string? text, out CaseStatus status)
    {
        foreach (var candidate in Enum.GetValues<CaseStatus>())
        {
            if (string.Equals(Of(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        status = default;
        return false;
    }

    public static string Of(CasePriority priority) => priority switch
    {
        CasePriority.Low => "low",
        CasePriority.Normal => "normal",
        CasePriority.High => "high",
        CasePriority.Urgent => "urgent",
        _ => "unknown",
    };

    public static bool TryParse(string? text, out CasePriority priority)
    {
        foreach (var candidate in Enum.GetValues<CasePriority>())
        {
            if (string.Equals(Of(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                priority = candidate;
                return true;
            }
        }

        priority = default;
        return false;
    }
}
