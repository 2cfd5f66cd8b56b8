namespace Pantau.Core.Care;

/// <summary>One social account of a contact, as far as merge suggestions look at it. <see cref="Network"/> is the network's name ("x", "instagram").</summary>
public sealed record ContactAccount(string Network, string Handle, string? DisplayName, string? AvatarUrl, string? Bio, string? Email, string? ProfileUrl);
