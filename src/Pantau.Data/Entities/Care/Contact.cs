namespace Pantau.Data.Entities;

/// <summary>
/// A customer: one person's accounts across networks (<see cref="Author.ContactId"/>), with what the company knows of
/// them. Every author gets a contact when their first case opens; agents merge and split contacts by hand.
/// </summary>
public sealed class Contact
{
    public long Id { get; set; }
    public Guid WorkspaceId { get; set; }
    public required string DisplayName { get; set; }
    public string? Email { get; set; }

    /// <summary>The customer's id in the company's CRM, matched by <c>pantau contacts import</c>.</summary>
    public string? CustomerId { get; set; }

    public bool Vip { get; set; }
    public string? Notes { get; set; }

    /// <summary>Fields imported from a CRM (loyalty tier, plan), as a JSON object of strings.</summary>
    public string CustomFieldsJson { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ContactTag> Tags { get; set; } = [];
}

public sealed class ContactTag
{
    public long ContactId { get; set; }
    public required string Tag { get; set; }
    public Guid WorkspaceId { get; set; }
}
