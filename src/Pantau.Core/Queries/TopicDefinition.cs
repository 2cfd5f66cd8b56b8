namespace Pantau.Core.Queries;

/// <summary>What the matcher needs to know about a topic.</summary>
public sealed record TopicDefinition(Guid Id, Guid WorkspaceId, string Query);
