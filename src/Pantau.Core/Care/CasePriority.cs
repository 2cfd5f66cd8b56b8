namespace Pantau.Core.Care;

/// <summary>A case's priority band, from its priority score.</summary>
public enum CasePriority
{
    Low = 0,
    Normal = 1,
    High = 2,
    Urgent = 3,
}
