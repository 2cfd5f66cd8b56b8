using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace Pantau.Data.Corrections;

/// <summary>A mention's text with the label a person gave it: a training example.</summary>
public sealed record CorrectedText(Guid WorkspaceId, string Text, string Label);

/// <summary>What the team taught the model, read back as training examples (for <c>pantau train … --with-corrections</c>).</summary>
public static class CorrectionExamples
{
    /// <summary>
    /// One example per corrected mention: its text, labelled with the latest correction of <paramref name="field"/>
    /// (a <see cref="CorrectionFields"/> name; spam labels are <c>true</c>/<c>false</c>). All workspaces when
    /// <paramref name="workspaceId"/> is null. In mention order, streamed.
    /// </summary>
    public static async IAsyncEnumerable<CorrectedText> ReadForTrainingAsync(
        PantauDbContext db, string field, Guid? workspaceId, [EnumeratorCancellation] CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!CorrectionFields.IsKnown(field))
        {
            throw new ArgumentException($"'{field}' is not a field that can be corrected; use one of {string.Join(", ", CorrectionFields.All)}.", nameof(field));
        }

        var corrections = db.MentionCorrections.AsNoTracking().Where(c => c.Field == field);
        if (workspaceId is { } ws)
        {
            corrections = corrections.Where(c => c.WorkspaceId == ws);
        }

        // The latest correction of the field, per mention: the one with the highest id.
        var latest = corrections.Where(c => c.Id == db.MentionCorrections.Where(d => d.MentionId == c.MentionId && d.Field == field).Max(d => d.Id));
        var examples = latest
            .Join(db.Mentions.AsNoTracking(), c => c.MentionId, m => m.Id, (c, m) => new { m.Id, c.WorkspaceId, m.Text, c.ToValue })
            .OrderBy(x => x.Id)
            .AsAsyncEnumerable()
            .WithCancellation(ct);
        await foreach (var example in examples)
        {
            yield return new CorrectedText(example.WorkspaceId, example.Text, example.ToValue);
        }
    }
}
