namespace Pantau.Core.Care;

/// <summary>A suggestion that <see cref="ContactId"/> and <see cref="OtherContactId"/> are one person; <see cref="Evidence"/> is a short human-readable why.</summary>
public sealed record ContactSuggestion(long ContactId, long OtherContactId, SuggestionReason Reason, string Evidence);
