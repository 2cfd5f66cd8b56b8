using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Settings;

public sealed record CannedResponseDto(Guid Id, string Title, string Shortcut, string Language, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CannedResponseDto From(CannedResponse c) => new(c.Id, c.Title, c.Shortcut, c.Language, c.Body, c.CreatedAt, c.UpdatedAt);
}

public sealed record CannedResponseInput(string? Title, string? Shortcut, string? Language, string? Body);

/// <summary>POST …/preview: a body to render instead of the stored one (an edit not saved yet); none renders the stored body.</summary>
public sealed record CannedPreviewInput(string? Body);

/// <summary>The body with sample values filled in, and what is wrong with it (empty when it is fine).</summary>
public sealed record CannedPreviewDto(string Text, IReadOnlyList<TemplateError> Errors);

/// <summary>Creates, changes and deletes canned responses; a body must pass <see cref="CannedTemplate.Validate"/>.</summary>
public sealed partial class CannedResponseEditor(IDbContextFactory<PantauDbContext> contexts, CarePolicies policies, TimeProvider clock)
{
    public const int MaxBody = 5000;

    public static IReadOnlyList<string> Languages { get; } = ["id", "en"];

    public async Task<IReadOnlyList<CannedResponseDto>> ListAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.CannedResponses.AsNoTracking().Where(c => c.WorkspaceId == workspaceId).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(c => c.Language, StringComparer.Ordinal).ThenBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).Select(CannedResponseDto.From)];
    }

    public async Task<CannedResponseDto?> GetAsync(Guid workspaceId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.CannedResponses.AsNoTracking().FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == id, cancellationToken);
        return row is null ? null : CannedResponseDto.From(row);
    }

    public async Task<CareEdit<CannedResponseDto>> CreateAsync(Guid workspaceId, CannedResponseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (Validate(input) is { } problem)
        {
            return problem;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (shortcut, language) = (input.Shortcut!.Trim(), input.Language!.Trim());
        if (await db.CannedResponses.AnyAsync(c => c.WorkspaceId == workspaceId && c.Shortcut == shortcut && c.Language == language, cancellationToken))
        {
            return CareEdit.InConflict<CannedResponseDto>("shortcut", $"The shortcut '{shortcut}' is already used in '{language}'.");
        }

        var now = clock.GetUtcNow();
        var row = new CannedResponse
        {
            Id = Guid.CreateVersion7(now), WorkspaceId = workspaceId, Title = input.Title!.Trim(), Shortcut = shortcut, Language = language,
            Body = input.Body!, CreatedAt = now, UpdatedAt = now,
        };
        db.CannedResponses.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<CannedResponseDto>(CannedResponseDto.From(row));
    }

    public async Task<CareEdit<CannedResponseDto>> UpdateAsync(Guid workspaceId, Guid id, CannedResponseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.CannedResponses.FirstOrDefaultAsync(c => c.WorkspaceId == workspaceId && c.Id == id, cancellationToken);
        if (row is null)
        {
            return CareEdit.NotFound<CannedResponseDto>("The canned response");
        }

        if (Validate(input) is { } problem)
        {
            return problem;
        }

        var (shortcut, language) = (input.Shortcut!.Trim(), input.Language!.Trim());
        if (await db.CannedResponses.AnyAsync(c => c.WorkspaceId == workspaceId && c.Id != id && c.Shortcut == shortcut && c.Language == language, cancellationToken))
        {
            return CareEdit.InConflict<CannedResponseDto>("shortcut", $"The shortcut '{shortcut}' is already used in '{language}'.");
        }

        row.Title = input.Title!.Trim();
        row.Shortcut = shortcut;
        row.Language = language;
        row.Body = input.Body!;
        row.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        policies.Invalidate(workspaceId);
        return new CareEdit<CannedResponseDto>(CannedResponseDto.From(row));
    }

    public async Task<CareEdit<bool>> DeleteAsync(Guid workspaceId, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CannedResponses.Where(c => c.WorkspaceId == workspaceId && c.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return CareEdit.NotFound<bool>("The canned response");
        }

        policies.Invalidate(workspaceId);
        return new CareEdit<bool>(true);
    }

    /// <summary>Null when the input is valid; for a body, the first template error with its column.</summary>
    public static CareSettingsProblem? Validate(CannedResponseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            return new("title", "A title of 1 to 200 characters is required.");
        }

        if (input.Shortcut is null || !ShortcutPattern().IsMatch(input.Shortcut.Trim()))
        {
            return new("shortcut", "A shortcut is 1 to 64 lower-case letters, digits and hyphens, such as maaf-sinyal.");
        }

        if (input.Language is null || !Languages.Contains(input.Language.Trim()))
        {
            return new("language", "The language is id or en.");
        }

        if (string.IsNullOrWhiteSpace(input.Body) || input.Body.Length > MaxBody)
        {
            return new("body", $"A body of 1 to {MaxBody} characters is required.");
        }

        return CannedTemplate.Validate(input.Body) is [var first, ..]
            ? new("body", $"{first.Message} (column {first.Column})", Column: first.Column, Length: first.Length)
            : null;
    }

    /// <summary>Values that show what each variable becomes, in the reply's language.</summary>
    public static IReadOnlyDictionary<string, string?> SampleValues(string workspaceName, string? agentName) => new Dictionary<string, string?>
    {
        ["customer.name"] = "Rina Wijaya",
        ["customer.handle"] = "@rinaw",
        ["case.number"] = "1042",
        ["agent.name"] = string.IsNullOrWhiteSpace(agentName) ? "Dewi Lestari" : agentName,
        ["workspace.name"] = workspaceName,
    };

    public static CannedPreviewDto Preview(string body, string workspaceName, string? agentName) =>
        new(CannedTemplate.Render(body, SampleValues(workspaceName, agentName)), CannedTemplate.Validate(body));

    [GeneratedRegex("^[a-z0-9-]{1,64}$")]
    private static partial Regex ShortcutPattern();
}
