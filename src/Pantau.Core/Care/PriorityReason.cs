namespace Pantau.Core.Care;

/// <summary>Why a case ranks where it does; listed in this order on a <see cref="PriorityScore"/>.</summary>
public enum PriorityReason
{
    HighImpact,
    LegalRisk,
    SafetyRisk,
    ViralRisk,
    Negative,
    Complaint,
    Question,
    LongWait,
    SlaDueSoon,
    SlaBreached,
    Vip,
    LargeAudience,
}
