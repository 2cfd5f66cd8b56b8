using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Contacts;

/// <summary>Which key finds the existing contact of an imported row.</summary>
public enum ImportMatch
{
    /// <summary>Customer id, else e-mail, else an account's network and handle.</summary>
    Any = 0,
    CustomerId = 1,
    Email = 2,
    Handle = 3,
}

public sealed record ImportRejection(int Line, string Reason);

/// <summary>What an import did (or, in a dry run, would do). <see cref="Rejections"/> lists the first <see cref="ContactImport.MaxListed"/>.</summary>
public sealed record ContactImportSummary(
    bool DryRun,
    int Read,
    int Matched,
    int Created,
    int Updated,
    int Rejected,
    IReadOnlyList<ImportRejection> Rejections,
    IReadOnlyList<ImportRejection> Warnings);

/// <summary>The file is not a contacts CSV at all (no usable header); nothing was imported.</summary>
public sealed class ContactImportException(int line, string message) : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;

    /// <summary>What is wrong, without the line.</summary>
    public string Problem { get; } = message;
}

/// <summary>
/// Imports contacts from a CRM's CSV export, streamed and saved in batches (a 100,000-row file is never held whole).
/// A row finds its contact by customer id, else e-mail, else an account (network and handle; an account without a
/// contact gets one). Unmatched rows become new contacts when they have a customer id or e-mail; others are rejected
/// with their line. Re-importing the same file updates, never duplicates.
/// </summary>
public sealed class ContactImport(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    public const int BatchSize = 500;
    public const int MaxListed = 1000;

    public async Task<ContactImportSummary> ImportAsync(Guid workspaceId, TextReader csv, ImportMatch match, bool dryRun,
        Func<ImportRejection, Task>? onRejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var reader = new CsvRecords(csv);
        var first = await reader.ReadAsync(cancellationToken) ?? throw new ContactImportException(1, "the file is empty; a header row is required");
        if (first.Error is not null)
        {
            throw new ContactImportException(first.Line, "the header: " + first.Error);
        }

        var header = ContactImportRow.Header(first.Fields, out var headerError);
        if (headerError is not null)
        {
            throw new ContactImportException(first.Line, headerError);
        }

        var run = new Run(workspaceId, match, dryRun, clock.GetUtcNow(), onRejected);
        var batch = new List<ContactImportRow>(BatchSize);
        await foreach (var record in reader.ReadAllAsync(cancellationToken))
        {
            run.Read++;
            string? error = record.Error;
            var row = error is null ? ContactImportRow.Parse(record.Line, header, record.Fields, out error) : null;
            if (row is null)
            {
                await run.RejectAsync(record.Line, error ?? "unreadable");
                continue;
            }

            batch.Add(row);
            if (batch.Count == BatchSize)
            {
                await ImportBatchAsync(run, batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await ImportBatchAsync(run, batch, cancellationToken);
        }

        return new ContactImportSummary(dryRun, run.Read, run.Matched, run.Created, run.Updated, run.Rejected, run.Rejections, run.Warnings);
    }

    private async Task ImportBatchAsync(Run run, List<ContactImportRow> rows, CancellationToken cancellationToken)
    {
        var workspaceId = run.WorkspaceId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = run.DryRun ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        var customerIds = rows.Select(r => r.CustomerId).OfType<string>().Distinct().ToList();
        var emails = rows.Select(r => r.Email).OfType<string>().Distinct().ToList();
        var handles = rows.Where(r => r.Handle is not null).SelectMany(r => new[] { r.Handle!, r.Handle!.ToLowerInvariant() }).Distinct().ToList();

        var authors = await db.Authors.Where(a => a.WorkspaceId == workspaceId && handles.Contains(a.Handle)).ToListAsync(cancellationToken);
        var authorContactIds = authors.Select(a => a.ContactId).OfType<long>().Distinct().ToList();
        // Imported e-mails are lower-cased; the case engine copies an author's as written, so compare with SQL lower().
#pragma warning disable CA1304, CA1311
        var contacts = await db.Contacts.Include(c => c.Tags)
            .Where(c => c.WorkspaceId == workspaceId && ((c.CustomerId != null && customerIds.Contains(c.CustomerId))
                || (c.Email != null && emails.Contains(c.Email.ToLower())) || authorContactIds.Contains(c.Id)))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311

        // Oldest first, so that when two contacts share a key the import keeps updating the same one.
        var byCustomerId = new Dictionary<string, Contact>(StringComparer.Ordinal);
        var byEmail = new Dictionary<string, Contact>(StringComparer.OrdinalIgnoreCase);
        var byId = contacts.ToDictionary(c => c.Id);
        foreach (var contact in contacts.OrderBy(c => c.Id))
        {
            Index(contact);
        }

        var links = new List<(Author Author, Contact Contact)>();
        foreach (var row in rows)
        {
            var author = row.Handle is null ? null : authors.FirstOrDefault(a => a.Network == row.Network && a.Handle == row.Handle)
                ?? authors.FirstOrDefault(a => a.Network == row.Network && string.Equals(a.Handle, row.Handle, StringComparison.OrdinalIgnoreCase));
            var linked = author is null ? null : author.ContactId is { } id ? byId.GetValueOrDefault(id) : run.Linked.GetValueOrDefault(author.Id);
            var contact = run.Match switch
            {
                ImportMatch.CustomerId => Find(byCustomerId, run.CreatedByCustomerId, row.CustomerId),
                ImportMatch.Email => Find(byEmail, run.CreatedByEmail, row.Email),
                ImportMatch.Handle => linked,
                _ => Find(byCustomerId, run.CreatedByCustomerId, row.CustomerId) ?? Find(byEmail, run.CreatedByEmail, row.Email) ?? linked,
            };

            var created = false;
            if (contact is null)
            {
                if (row.CustomerId is null && row.Email is null && (author is null || linked is not null))
                {
                    await run.RejectAsync(row.Line, row.Handle is null
                        ? "no customer_id, email or account (network and handle) to match or create a contact by"
                        : $"no account {row.Network} @{row.Handle} in this workspace, and no customer_id or email to create a contact by");
                    continue;
                }

                var name = row.Name ?? (author is null ? null : string.IsNullOrWhiteSpace(author.DisplayName) ? author.Handle : author.DisplayName.Trim())
                    ?? row.Email ?? row.CustomerId!;
                contact = new Contact
                {
                    WorkspaceId = workspaceId,
                    DisplayName = name.Length > ContactRules.MaxName ? name[..ContactRules.MaxName] : name,
                    Email = ContactRules.Email(author?.Email, out _),
                    CreatedAt = run.At,
                    UpdatedAt = run.At,
                };
                created = true;
            }

            var customerId = row.CustomerId;
            if (customerId is not null && contact.CustomerId is { } known && known != customerId)
            {
                // Found by e-mail or account but known under another CRM id: two CRM records, or a typo; not ours to decide.
                run.Warn(row.Line, $"the contact matched by {(row.Email is not null && Find(byEmail, run.CreatedByEmail, row.Email) == contact ? "e-mail" : "account")} has customer id {known}; kept, {customerId} not written");
                customerId = null;
            }

            var before = Snapshot(contact);
            var patch = new ContactPatch(
                DisplayName: row.Name, Email: row.Email, CustomerId: customerId, Vip: row.Vip,
                AddTags: row.Tags, CustomFields: row.Fields.ToDictionary(f => f.Key, f => (string?)f.Value));
            if (ContactEditor.Apply(contact, patch) is { } invalid)
            {
                // Apply changes nothing when it refuses, so the contact (new or stored) is as it was.
                await run.RejectAsync(row.Line, invalid.Message);
                continue;
            }

            if (created)
            {
                db.Contacts.Add(contact);
            }

            var changed = Snapshot(contact) != before;
            if (author is not null && author.ContactId is null && !run.Linked.ContainsKey(author.Id))
            {
                links.Add((author, contact));
                run.Linked[author.Id] = contact;
                changed = true;
            }
            else if (author is not null && linked is not null && linked != contact)
            {
                run.Warn(row.Line, $"{author.Network} @{author.Handle} belongs to another contact ({linked.DisplayName}); it was not moved — merge the two in Pantau if they are one person");
            }

            if (created)
            {
                run.Created++;
                if (run.DryRun)
                {
                    Remember(run, contact);
                }
            }
            else
            {
                run.Matched++;
                if (changed)
                {
                    run.Updated++;
                    contact.UpdatedAt = run.At;
                }
            }

            Index(contact);
        }

        if (run.DryRun)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (author, contact) in links)
        {
            author.ContactId = contact.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        run.Linked.Clear();

        void Index(Contact contact)
        {
            if (contact.CustomerId is { } customerId)
            {
                byCustomerId.TryAdd(customerId, contact);
            }

            if (contact.Email is { } email)
            {
                byEmail.TryAdd(email, contact);
            }

            if (contact.Id != 0)
            {
                byId.TryAdd(contact.Id, contact);
            }
        }
    }

    private static Contact? Find(Dictionary<string, Contact> stored, Dictionary<string, Contact> createdInDryRun, string? key) =>
        key is null ? null : stored.GetValueOrDefault(key) ?? createdInDryRun.GetValueOrDefault(key);

    /// <summary>A dry run saves nothing, so what it "created" is kept here for later rows (and batches) to match.</summary>
    private static void Remember(Run run, Contact contact)
    {
        if (contact.CustomerId is { } customerId)
        {
            run.CreatedByCustomerId.TryAdd(customerId, contact);
        }

        if (contact.Email is { } email)
        {
            run.CreatedByEmail.TryAdd(email, contact);
        }
    }

    private static string Snapshot(Contact c) =>
        string.Join('\u001f', c.DisplayName, c.Email, c.CustomerId, c.Vip, c.CustomFieldsJson, string.Join(';', c.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)));

    private sealed class Run(Guid workspaceId, ImportMatch match, bool dryRun, DateTimeOffset at, Func<ImportRejection, Task>? onRejected)
    {
        public Guid WorkspaceId { get; } = workspaceId;
        public ImportMatch Match { get; } = match;
        public bool DryRun { get; } = dryRun;
        public DateTimeOffset At { get; } = at;
        public int Read { get; set; }
        public int Matched { get; set; }
        public int Created { get; set; }
        public int Updated { get; set; }
        public int Rejected { get; private set; }
        public List<ImportRejection> Rejections { get; } = [];
        public List<ImportRejection> Warnings { get; } = [];

        /// <summary>Authors given a contact by this import and not saved yet (all of them, in a dry run).</summary>
        public Dictionary<long, Contact> Linked { get; } = [];

        public Dictionary<string, Contact> CreatedByCustomerId { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, Contact> CreatedByEmail { get; } = new(StringComparer.OrdinalIgnoreCase);

        public async Task RejectAsync(int line, string reason)
        {
            Rejected++;
            var rejection = new ImportRejection(line, reason);
            if (Rejections.Count < MaxListed)
            {
                Rejections.Add(rejection);
            }

            if (onRejected is not null)
            {
                await onRejected(rejection);
            }
        }

        public void Warn(int line, string message)
        {
            if (Warnings.Count < MaxListed)
            {
                Warnings.Add(new ImportRejection(line, message));
            }
        }
    }
}
