namespace Pantau.Data.Entities;

/// <summary>A saved reply with variables (Pantau.Core.Care.CannedTemplate), picked with <c>;</c> or <c>/</c> in the reply box.</summary>
public sealed class CannedResponse
{
    public Guid Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string Title { get; set; }

    /// <summary>A short word to find it by (<c>maaf-sinyal</c>).</summary>
    public required string Shortcut { get; set; }

    /// <summary><c>id</c> or <c>en</c>.</summary>
    public required string Language { get; set; }

    public required string Body { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
