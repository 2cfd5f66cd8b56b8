namespace Pantau.Core.Care;

/// <summary>A mistake in a canned response: where it starts (1-based position in the body), how long it is, and what is wrong.</summary>
public sealed record TemplateError(int Column, int Length, string Message);
