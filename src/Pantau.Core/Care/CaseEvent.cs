namespace Pantau.Core.Care;

/// <summary>One event on a case's timeline.</summary>
public readonly record struct CaseEvent(DateTimeOffset At, CaseEventKind Kind);
