namespace Pantau.Core.Care;

/// <summary>What routing looks at in a case: the topics its mention matched, its language, its source and its text (as written).</summary>
public sealed record RoutingCase(IReadOnlyCollection<Guid> TopicIds, string? Language, Guid SourceId, string Text);
