namespace Pantau.Data.Entities;

/// <summary>A one-question satisfaction survey sent after a case was resolved, answered on a public page found by its token.</summary>
public sealed class CsatSurvey
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public long CaseId { get; set; }

    /// <summary>An unguessable token (URL-safe), the only key to the public page.</summary>
    public required string Token { get; set; }

    public DateTimeOffset SentAt { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>1 (very unhappy) to 5 (very happy).</summary>
    public int? Score { get; set; }

    public string? Comment { get; set; }
    public Guid? AgentId { get; set; }
}
