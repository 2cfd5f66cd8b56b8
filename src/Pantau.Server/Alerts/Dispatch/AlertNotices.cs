using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pantau.Core.Alerts;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Alerts.Delivery;

namespace Pantau.Server.Alerts.Dispatch;

/// <summary>Words an alert for delivery: in the workspace's alert language and time zone, with its most impactful mentions.</summary>
public sealed class AlertNotices(AlertLinks links)
{
    public const int MaxMentions = 5;
    public const string DefaultLanguage = "id";
    private const int ExcerptLength = 280;

    /// <summary>The workspace facts every notice and digest needs: name, slug, language and time zone.</summary>
    public sealed record WorkspaceFacts(Guid Id, string Name, string Slug, string Language, string TimeZoneId);

    public static async Task<WorkspaceFacts?> WorkspaceAsync(PantauDbContext db, Guid workspaceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var workspace = await db.Workspaces.AsNoTracking().Where(w => w.Id == workspaceId).Select(w => new { w.Name, w.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (workspace is null)
        {
            return null;
        }

        var language = await db.AlertSettings.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).Select(s => s.Language).FirstOrDefaultAsync(cancellationToken);
        var zone = await db.CareSettings.AsNoTracking().Where(s => s.WorkspaceId == workspaceId).Select(s => s.TimeZone).FirstOrDefaultAsync(cancellationToken);
        return new WorkspaceFacts(workspaceId, workspace.Name, workspace.Slug, language is "en" ? "en" : DefaultLanguage,
            zone is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? zone : NoticeText.DefaultTimeZoneId);
    }

    public async Task<AlertNotice> BuildAsync(PantauDbContext db, Alert alert, string reason, WorkspaceFacts workspace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(workspace);
        var mentions = await (
                from am in db.AlertMentions.AsNoTracking()
                join m in db.Mentions.AsNoTracking() on am.MentionId equals m.Id
                join a in db.Authors.AsNoTracking() on m.AuthorId equals a.Id
                where am.AlertId == alert.Id && am.WorkspaceId == alert.WorkspaceId
                orderby m.Impact descending, m.Reach descending, m.Id
                select new { m.Network, a.DisplayName, a.Handle, m.Reach, m.Title, m.Text, m.Url, m.PublishedAt, m.Sentiment })
            .Take(MaxMentions)
            .ToListAsync(cancellationToken);
        var title = AlertTitle.From(alert.FactsJson, alert.Title)?.In(workspace.Language) ?? alert.Title;
        return new AlertNotice(
            alert.Id,
            alert.WorkspaceId,
            workspace.Name,
            (AlertKind)alert.Kind,
            (AlertSeverity)alert.Severity,
            title,
            Summary(alert.FactsJson, workspace.Language),
            alert.FiredAt,
            IsUpdate: reason == AlertOutbox.Updated,
            IsEscalation: reason == AlertOutbox.Escalated,
            links.Alert(workspace.Slug, alert.Number),
            [.. mentions.Select(m => new NoticeMention(
                m.Network,
                m.DisplayName is { Length: > 0 } name ? name : m.Handle,
                m.Handle,
                m.Reach,
                Excerpt(m.Title, m.Text),
                Uri.TryCreate(m.Url, UriKind.Absolute, out var url) ? url : null,
                m.PublishedAt,
                EnrichmentNames.Name(m.Sentiment)))],
            workspace.Language)
        {
            TimeZoneId = workspace.TimeZoneId,
        };
    }

    /// <summary>A synthetic alert to try a channel with: nothing is stored.</summary>
    public AlertNotice Test(WorkspaceFacts workspace, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var english = workspace.Language == "en";
        return new AlertNotice(
            Guid.Empty,
            workspace.Id,
            workspace.Name,
            AlertKind.Rule,
            AlertSeverity.Low,
            english ? "Test alert from Pantau" : "Peringatan uji dari Pantau",
            english ? "This channel receives Pantau's alerts." : "Saluran ini menerima peringatan Pantau.",
            now,
            IsUpdate: false,
            IsEscalation: false,
            links.Dashboard(workspace.Slug),
            [],
            workspace.Language)
        {
            TimeZoneId = workspace.TimeZoneId,
        };
    }

    /// <summary>The facts' <c>summary</c> (<c>{"id":…,"en":…}</c> or a string), or nothing.</summary>
    private static string Summary(string factsJson, string language)
    {
        try
        {
            return JsonNode.Parse(factsJson)?["summary"] switch
            {
                JsonObject both => (string?)both[language] ?? (string?)both[DefaultLanguage] ?? "",
                JsonValue one when one.TryGetValue<string>(out var text) => text,
                _ => "",
            };
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string Excerpt(string? title, string text)
    {
        var excerpt = string.IsNullOrWhiteSpace(title) ? text : title + " — " + text;
        return excerpt.Length <= ExcerptLength ? excerpt : excerpt[..ExcerptLength];
    }
}
