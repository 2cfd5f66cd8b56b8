namespace Pantau.Server.Alerts.Delivery;

/// <summary>An e-mail ready to send: one-line subject, HTML part and plain-text part (sent as multipart/alternative).</summary>
public sealed record RenderedMail(string Subject, string Html, string Text);
