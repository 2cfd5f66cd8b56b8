namespace Pantau.Data.Entities;

public sealed class Workspace
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    /// <summary>The workspace created on first start and fed by the demo corpus.</summary>
    public bool IsDemo { get; set; }

    /// <summary>The next case number to give out; taken and raised in the transaction that creates the case.</summary>
    public int NextCaseNumber { get; set; } = 1;

    /// <summary>The next alert number, taken like the case number.</summary>
    public int NextAlertNumber { get; set; } = 1;

    /// <summary>The next crisis number, taken like the case number.</summary>
    public int NextCrisisNumber { get; set; } = 1;

    public DateTimeOffset CreatedAt { get; set; }
}
