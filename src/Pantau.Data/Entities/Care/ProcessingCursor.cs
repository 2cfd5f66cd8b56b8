namespace Pantau.Data.Entities;

/// <summary>How far a background stage has read an append-only table (the case intake reads mentions by id).</summary>
public sealed class ProcessingCursor
{
    public required string Name { get; set; }
    public long Position { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
