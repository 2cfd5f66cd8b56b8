using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Server.Care.Settings;

namespace Pantau.Server.Tests.Contacts;

/// <summary>
/// Data for contact tests: mentions come in through a webhook source as in production; contacts and cases are written
/// straight to the database, and the workspace's own case engine is told not to open cases for them.
/// </summary>
internal sealed class ContactSetup(PantauFactory factory, Guid workspaceId, HttpClient client)
{
    private Guid? _source;
    private static int _numbers;

    public Guid WorkspaceId => workspaceId;

    public HttpClient Client => client;

    public string Path(string rest = "") => $"{Api.Workspace(workspaceId)}/contacts{rest}";

    public static async Task<ContactSetup> NewAsync(PantauFactory factory, string name)
    {
        var (ws, client) = await factory.NewWorkspaceAsync(name);
        await client.CreateTopicAsync(ws, "Brand", "nusantel");

        // The pushed complaints would open cases (and give their authors contacts) on their own; these tests make
        // their own, so the workspace opens none for complaints and questions.
        var settings = (await client.GetFromJsonAsync<CareSettingsDto>($"{Api.Workspace(ws)}/care/settings"))!;
        var quiet = settings.ToInput() with { CasesForComplaints = false, CasesForQuestions = false };
        (await client.PutAsJsonAsync($"{Api.Workspace(ws)}/care/settings", quiet)).EnsureSuccessStatusCode();
        return new ContactSetup(factory, ws, client);
    }

    public PantauDbContext Db() => factory.Services.GetRequiredService<IDbContextFactory<PantauDbContext>>().CreateDbContext();

    /// <summary>Pushes posts of one account (all mention "nusantel"); returns the author's id.</summary>
    public async Task<long> AccountAsync(string network, string handle, string? name, long followers, params string[] texts)
    {
        _source ??= await client.CreateWebhookSourceAsync(workspaceId);
        var posts = texts.Select(t => new
        {
            id = network + "-" + handle + "-" + Guid.NewGuid().ToString("N")[..8],
            text = "nusantel " + t,
            network,
            author = new { handle, name, followers },
        }).ToArray();
        var response = await client.PostAsJsonAsync($"{Api.Workspace(workspaceId)}/sources/{_source}/posts", new { posts });
        response.EnsureSuccessStatusCode();
        await using var db = Db();
        return await db.Authors.Where(a => a.WorkspaceId == workspaceId && a.Network == network && a.Handle == handle).Select(a => a.Id).SingleAsync();
    }

    public async Task ProfileOfAsync(long authorId, string? email = null, string? avatar = null, string? bio = null)
    {
        await using var db = Db();
        var author = await db.Authors.SingleAsync(a => a.Id == authorId);
        author.Email = email;
        author.AvatarUrl = avatar;
        author.Bio = bio;
        await db.SaveChangesAsync();
    }

    /// <summary>A contact owning the given accounts, as the case engine makes one.</summary>
    public async Task<long> ContactAsync(string name, params long[] authorIds)
    {
        await using var db = Db();
        var contact = new Contact { WorkspaceId = workspaceId, DisplayName = name, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        await db.Authors.Where(a => authorIds.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.ContactId, contact.Id));
        return contact.Id;
    }

    public async Task<(long Id, int Number)> CaseAsync(long contactId, long authorId, CaseStatus status = CaseStatus.Open)
    {
        await using var db = Db();
        var mention = await db.Mentions.Where(m => m.AuthorId == authorId).OrderBy(m => m.Id).FirstAsync();
        var number = 1000 + Interlocked.Increment(ref _numbers);
        var c = new Case
        {
            WorkspaceId = workspaceId,
            Number = number,
            Status = status,
            Priority = CasePriority.Normal,
            AuthorId = authorId,
            ContactId = contactId,
            SourceId = mention.SourceId,
            SourceKind = mention.SourceKind,
            Network = mention.Network,
            FirstMentionId = mention.Id,
            LastMentionId = mention.Id,
            Excerpt = mention.Text,
            CreatedAt = mention.PublishedAt,
            UpdatedAt = mention.PublishedAt,
            FirstMessageAt = mention.PublishedAt,
            LastCustomerMessageAt = mention.PublishedAt,
            ResolvedAt = status == CaseStatus.Resolved ? mention.PublishedAt : null,
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return (c.Id, number);
    }
}
