namespace Pantau.Core.Care;

/// <summary>One routing rule: cases for which <see cref="When"/> holds go to <see cref="Then"/>. Rules are tried by <see cref="Order"/>, then <see cref="Id"/>.</summary>
public sealed record RoutingRule(Guid Id, int Order, string Name, RoutingCondition When, RoutingTarget Then);
