using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Server.Alerts.Rules;
using Pantau.Server.Api;
using AuthorListRow = Pantau.Data.Entities.AuthorList;

namespace Pantau.Server.Alerts.Settings;

/// <summary>A workspace's author lists (VIPs, journalists, competitors' accounts) that rules name; every change recompiles the rules.</summary>
public sealed class AuthorListEditor(IDbContextFactory<PantauDbContext> contexts, AlertRuleCatalog catalog, TimeProvider time)
{
    public const int MaxHandles = 5000;
    public const int MaxHandleLength = 100;

    public async Task<IReadOnlyList<AuthorListDto>> ListAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lists = await db.AuthorLists.AsNoTracking().Where(l => l.WorkspaceId == workspaceId).OrderBy(l => l.Name).ToListAsync(cancellationToken);
        return [.. lists.Select(AuthorListDto.From)];
    }

    public async Task<IResult> CreateAsync(Guid workspaceId, AuthorListInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var list = new AuthorListRow { Id = Guid.CreateVersion7(), WorkspaceId = workspaceId, Name = "", Handles = "" };
        if (Apply(list, input, creating: true) is { } invalid)
        {
            return invalid;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuthorLists.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return TypedResults.Created($"/api/v1/workspaces/{workspaceId}/author-lists/{list.Id}", AuthorListDto.From(list));
    }

    public async Task<IResult> UpdateAsync(Guid workspaceId, Guid listId, AuthorListInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var list = await db.AuthorLists.FirstOrDefaultAsync(l => l.WorkspaceId == workspaceId && l.Id == listId, cancellationToken);
        if (list is null)
        {
            return ApiProblems.NotFound("The author list");
        }

        if (Apply(list, input, creating: false) is { } invalid)
        {
            return invalid;
        }

        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        return TypedResults.Ok(AuthorListDto.From(list));
    }

    public async Task<IResult> DeleteAsync(Guid workspaceId, Guid listId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.AuthorLists.Where(l => l.WorkspaceId == workspaceId && l.Id == listId).ExecuteDeleteAsync(cancellationToken);
        catalog.Invalidate();
        return deleted == 0 ? ApiProblems.NotFound("The author list") : TypedResults.NoContent();
    }

    private IResult? Apply(AuthorListRow list, AuthorListInput input, bool creating)
    {
        if (creating || input.Name is not null)
        {
            if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 100)
            {
                return ApiProblems.Invalid("name", "A name of 1 to 100 characters is required.");
            }

            list.Name = input.Name.Trim();
        }

        if (creating || input.Handles is not null)
        {
            var handles = (input.Handles ?? []).Select(h => h?.Trim() ?? "").Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (handles.Count == 0 || handles.Count > MaxHandles)
            {
                return ApiProblems.Invalid("handles", $"An author list has 1 to {MaxHandles} handles.");
            }

            if (handles.FirstOrDefault(h => h.Length > MaxHandleLength || h.Contains('\n', StringComparison.Ordinal) || Core.Alerts.AuthorList.Canonical(h).Length == 0) is { } bad)
            {
                return ApiProblems.Invalid("handles", $"'{bad}' is not a handle.");
            }

            list.Handles = string.Join('\n', handles);
        }

        list.UpdatedAt = time.GetUtcNow();
        return null;
    }
}
