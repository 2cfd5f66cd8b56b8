using System.Security.Claims;
using System.Text;
using Pantau.Server.Api;

namespace Pantau.Server.Contacts;

/// <summary>
/// Customer profiles on <c>/api/v1/workspaces/{id}/contacts</c>: everyone in the workspace reads; agents and up edit,
/// merge and split; supervisors and admins import CSV.
/// </summary>
public static class ContactEndpoints
{
    /// <summary>The largest CSV accepted over HTTP; bigger files go through <c>pantau contacts import</c>.</summary>
    public const long MaxImportBytes = 20 * 1024 * 1024;

    public static void MapContactEndpoints(this RouteGroupBuilder workspace)
    {
        var contacts = workspace.MapGroup("/contacts");
        contacts.MapGet("/", async (Guid workspaceId, ContactDirectory directory, CancellationToken ct, string? q = null, bool? vip = null, string? tag = null, int? page = null) =>
                TypedResults.Ok(await directory.ListAsync(workspaceId, q, vip, tag, page ?? 1, ct)))
            .WithName("ListContacts");

        contacts.MapGet("/{contactId:long}", async (Guid workspaceId, long contactId, ContactDirectory directory, CancellationToken ct) =>
                await directory.ProfileAsync(workspaceId, contactId, ct) is { } profile ? TypedResults.Ok(profile) : ApiProblems.NotFound("The contact"))
            .WithName("GetContact");

        contacts.MapGet("/{contactId:long}/summary", async (Guid workspaceId, long contactId, ContactDirectory directory, CancellationToken ct) =>
                await directory.SummaryAsync(workspaceId, contactId, ct) is { } summary ? TypedResults.Ok(summary) : ApiProblems.NotFound("The contact"))
            .WithName("GetContactSummary");

        contacts.MapGet("/{contactId:long}/mentions", async (Guid workspaceId, long contactId, ContactDirectory directory, CancellationToken ct, int? page = null) =>
                await directory.MentionsAsync(workspaceId, contactId, page ?? 1, ct) is { } mentions ? TypedResults.Ok(mentions) : ApiProblems.NotFound("The contact"))
            .WithName("ListContactMentions");

        contacts.MapGet("/{contactId:long}/suggestions", async (Guid workspaceId, long contactId, MergeSuggestions suggestions, CancellationToken ct) =>
                await suggestions.ForAsync(workspaceId, contactId, ct) is { } found ? TypedResults.Ok(found) : ApiProblems.NotFound("The contact"))
            .WithName("ListContactMergeSuggestions");

        contacts.MapPatch("/{contactId:long}", async (Guid workspaceId, long contactId, ContactPatch patch, ContactEditor editor, CancellationToken ct) =>
                await editor.UpdateAsync(workspaceId, contactId, patch, ct))
            .WithName("UpdateContact").RequireAgentRole("edit contacts");

        contacts.MapPost("/{contactId:long}/merge", async (Guid workspaceId, long contactId, MergeInput input, ClaimsPrincipal user, ContactMerge merge, CancellationToken ct) =>
                await merge.MergeAsync(workspaceId, contactId, input.OtherContactId, user, ct))
            .WithName("MergeContacts").RequireAgentRole("merge contacts");

        contacts.MapPost("/{contactId:long}/split", async (Guid workspaceId, long contactId, SplitInput input, ClaimsPrincipal user, ContactSplit split, CancellationToken ct) =>
                await split.SplitAsync(workspaceId, contactId, input.AuthorId, user, ct))
            .WithName("SplitContact").RequireAgentRole("split contacts");

        contacts.MapPost("/import", ImportAsync)
            .Accepts<string>("text/csv")
            .WithName("ImportContacts").RequireConfigureRole("import contacts");
    }

    private static async Task<IResult> ImportAsync(Guid workspaceId, HttpRequest request, ContactImport import, CancellationToken ct, string? match = null, bool? dryRun = null)
    {
        if (!TryParseMatch(match, out var matchBy))
        {
            return ApiProblems.Invalid("match", "Match must be customer_id, email or handle.");
        }

        var body = await RequestBodies.ReadAsync(request, MaxImportBytes, ct);
        if (body is null)
        {
            return RequestBodies.TooLarge("A contacts CSV", MaxImportBytes);
        }

        using var reader = new StreamReader(new MemoryStream(body), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return TypedResults.Ok(await import.ImportAsync(workspaceId, reader, matchBy, dryRun ?? false, null, ct));
        }
        catch (ContactImportException unreadable)
        {
            return ApiProblems.Invalid("csv", unreadable.Message, new Dictionary<string, object?> { ["line"] = unreadable.Line });
        }
    }

    /// <summary><c>customer_id</c>, <c>email</c> or <c>handle</c> (null: the usual order of all three).</summary>
    public static bool TryParseMatch(string? value, out ImportMatch match)
    {
        match = value?.Trim().ToLowerInvariant() switch
        {
            null or "" => ImportMatch.Any,
            "customer_id" or "customerid" or "customer-id" => ImportMatch.CustomerId,
            "email" or "e-mail" => ImportMatch.Email,
            "handle" => ImportMatch.Handle,
            _ => (ImportMatch)(-1),
        };
        return Enum.IsDefined(match);
    }
}
