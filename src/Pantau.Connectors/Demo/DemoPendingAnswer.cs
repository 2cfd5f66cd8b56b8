using Pantau.Core.Posts;

namespace Pantau.Connectors.Demo;

/// <summary>A scripted customer's answer waiting to be streamed; <see cref="Post"/> gets its publication time when it is.</summary>
internal sealed record DemoPendingAnswer(DateTimeOffset DueAt, RawPost Post);
