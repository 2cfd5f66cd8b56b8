namespace Pantau.Server.Alerts.Delivery;

/// <summary>One topic's mentions in the period and the change against the previous one (null: no previous mentions).</summary>
public sealed record DigestTopic(string Name, long Mentions, double? ChangePercent);
