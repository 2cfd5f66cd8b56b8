namespace Pantau.Core.Care;

/// <summary>A contact with its accounts, compared with others for merge suggestions.</summary>
public sealed record ContactCandidate(long ContactId, IReadOnlyList<ContactAccount> Accounts);
