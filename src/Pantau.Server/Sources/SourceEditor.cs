using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Demo;
using Pantau.Connectors.Feeds;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Api;

namespace Pantau.Server.Sources;

/// <summary>Creates, changes and deletes sources, then tells the supervisor. Used by the API and the UI.</summary>
public sealed class SourceEditor(
    IDbContextFactory<PantauDbContext> contexts,
    ConnectorRegistry connectors,
    SourceSecrets secrets,
    SourceSupervisor supervisor,
    TimeProvider clock)
{
    public bool IsPush(string kind) => connectors.Find(kind) is IPushConnector;

    public SourceDto ToDto(Source source) => SourceDto.From(source, IsPush(source.Kind));

    public async Task<IResult> CreateAsync(Guid workspaceId, SourceInput input, CancellationToken cancellationToken)
    {
        if (Validate(input, partial: false, input.Kind) is { } error)
        {
            return ApiProblems.Invalid(error.Field, error.Message);
        }

        var now = clock.GetUtcNow();
        var source = new Source
        {
            Id = Guid.CreateVersion7(now),
            WorkspaceId = workspaceId,
            Kind = input.Kind!,
            Name = input.Name!.Trim(),
            Enabled = input.Enabled ?? true,
            SettingsJson = input.Settings?.GetRawText() ?? "{}",
            ProtectedSecrets = secrets.Protect(input.Secrets),
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Sources.Add(source);
        await db.SaveChangesAsync(cancellationToken);
        supervisor.Refresh();
        return TypedResults.Created($"/api/v1/workspaces/{workspaceId}/sources/{source.Id}", ToDto(source));
    }

    public async Task<IResult> UpdateAsync(Guid workspaceId, Guid sourceId, SourceInput input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.Sources.FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId && s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return ApiProblems.NotFound("The source");
        }

        if (input.Kind is not null && input.Kind != source.Kind)
        {
            return ApiProblems.Invalid("kind", "A source's kind cannot change; create a new source instead.");
        }

        if (Validate(input, partial: true, source.Kind) is { } error)
        {
            return ApiProblems.Invalid(error.Field, error.Message);
        }

        source.Name = input.Name?.Trim() ?? source.Name;
        source.Enabled = input.Enabled ?? source.Enabled;
        source.SettingsJson = input.Settings?.GetRawText() ?? source.SettingsJson;
        if (input.Secrets is not null)
        {
            source.ProtectedSecrets = secrets.Protect(input.Secrets);
        }

        source.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        supervisor.Refresh();
        return TypedResults.Ok(ToDto(source));
    }

    /// <summary>Has a pulled source read at once instead of at its planned time ("Read now").</summary>
    public async Task<IResult> ReadNowAsync(Guid workspaceId, Guid sourceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var source = await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.WorkspaceId == workspaceId && s.Id == sourceId, cancellationToken);
        if (source is null)
        {
            return ApiProblems.NotFound("The source");
        }

        if (connectors.Find(source.Kind) is not (IPullConnector or IStreamConnector))
        {
            return ApiProblems.Invalid("sourceId", $"A {source.Kind} source is pushed to; there is nothing for Pantau to read.");
        }

        if (!source.Enabled)
        {
            return TypedResults.Problem(title: "The source is disabled.", statusCode: StatusCodes.Status409Conflict);
        }

        supervisor.ReadNow(source.Id);
        return TypedResults.Accepted((string?)null);
    }

    public async Task<IResult> DeleteAsync(Guid workspaceId, Guid sourceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Sources.Where(s => s.WorkspaceId == workspaceId && s.Id == sourceId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return ApiProblems.NotFound("The source");
        }

        supervisor.Refresh();
        return TypedResults.NoContent();
    }

    private (string Field, string Message)? Validate(SourceInput input, bool partial, string? kind)
    {
        if (!partial && (kind is null || connectors.Find(kind) is null))
        {
            return ("kind", $"Kind must be one of: {string.Join(", ", connectors.Kinds.Order(StringComparer.Ordinal))}.");
        }

        if ((!partial || input.Name is not null) && (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200))
        {
            return ("name", "A name of 1 to 200 characters is required.");
        }

        if (!partial && kind == SourceKinds.Feed && input.Settings is null)
        {
            return ("settings.url", "the feed's address is required.");
        }

        if (input.Settings is { } settings)
        {
            if (settings.ValueKind != JsonValueKind.Object)
            {
                return ("settings", "Settings must be a JSON object.");
            }

            if (kind == SourceKinds.Feed)
            {
                try
                {
                    FeedSourceSettings.From(settings);
                }
                catch (FormatException exception)
                {
                    var field = exception.Message[..exception.Message.IndexOf(':', StringComparison.Ordinal)];
                    return (field, exception.Message[(field.Length + 2)..]);
                }
            }

            if (kind == SourceKinds.Demo)
            {
                try
                {
                    DemoSettings.From(settings);
                }
                catch (Exception exception) when (exception is ArgumentException or FormatException or InvalidOperationException)
                {
                    return ("settings.speed", exception.Message);
                }
            }
        }

        return null;
    }
}
