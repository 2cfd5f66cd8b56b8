namespace Pantau.Server.Alerts.Settings;

public sealed record AuthorListDto(Guid Id, string Name, IReadOnlyList<string> Handles, DateTimeOffset UpdatedAt)
{
    public static AuthorListDto From(Data.Entities.AuthorList l) =>
        new(l.Id, l.Name, l.Handles.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), l.UpdatedAt);
}

/// <summary>Create or change an author list: on update a missing field is left as it is.</summary>
public sealed record AuthorListInput(string? Name, IReadOnlyList<string>? Handles);
