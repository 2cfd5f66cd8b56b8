namespace Pantau.Data.Entities;

/// <summary>
/// A person corrected one enrichment field of a mention. The mention itself holds the corrected (effective) value; these
/// rows keep the history: who, when, and what the value was before. The first correction of a field holds the model's
/// original value in <see cref="FromValue"/>.
/// </summary>
public sealed class MentionCorrection
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public long MentionId { get; set; }

    /// <summary>One of <see cref="Corrections.CorrectionFields"/>: <c>sentiment</c>, <c>intent</c> or <c>spam</c>.</summary>
    public required string Field { get; set; }

    /// <summary>The value before, as the API writes it: a lower-case name (<c>negative</c>, <c>complaint</c>) or <c>true</c>/<c>false</c>.</summary>
    public required string FromValue { get; set; }

    public required string ToValue { get; set; }

    /// <summary>The user who corrected it; null for an API key, or once the user was deleted.</summary>
    public Guid? CorrectedBy { get; set; }

    /// <summary>Who it was, as they were called at the time (display name, e-mail, or the API key's name).</summary>
    public required string CorrectedByName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
