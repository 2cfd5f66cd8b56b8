namespace Pantau.Server.Alerts.Delivery;

/// <summary>A story that spread in the period: its title (or first post's excerpt), copies, reach and link.</summary>
public sealed record DigestStory(string Title, string Excerpt, int Copies, long Reach, Uri? Link);
