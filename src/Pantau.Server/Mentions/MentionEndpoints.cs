using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Pantau.Core.Enrichment;
using Pantau.Server.Api;

namespace Pantau.Server.Mentions;

public static class MentionEndpoints
{
    /// <summary>An SSE comment line is sent this often so proxies keep the stream open.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static void MapMentionEndpoints(this RouteGroupBuilder workspace)
    {
        var mentions = workspace.MapGroup("/mentions");
        mentions.MapGet("/", ListAsync).WithName("ListMentions");
        mentions.MapGet("/{mentionId:long}", async (Guid workspaceId, long mentionId, MentionReader reader, CancellationToken ct) =>
            await reader.GetAsync(workspaceId, mentionId, ct) is { } mention ? TypedResults.Ok(mention) : ApiProblems.NotFound("The mention"))
            .WithName("GetMention");
        mentions.MapGet("/export", ExportAsync).WithName("ExportMentions");
        mentions.MapGet("/stream", StreamAsync).WithName("StreamMentions").Produces(StatusCodes.Status200OK, contentType: "text/event-stream");
    }

    private static async Task<IResult> ListAsync(
        Guid workspaceId, MentionReader reader, CancellationToken ct,
        Guid? topic = null, string? source = null, DateTimeOffset? since = null, DateTimeOffset? until = null,
        string? sentiment = null, string? q = null, string? cursor = null, int? limit = null,
        string? spam = null, string? intent = null, string? lang = null, string? risk = null, string? network = null)
    {
        var (query, problem) = TryQuery(workspaceId, topic, source, since, until, sentiment, q, cursor, limit, spam, intent, lang, risk, network);
        return query is null ? problem! : TypedResults.Ok(await reader.ListAsync(query, ct));
    }

    /// <summary>
    /// Every mention the list's filters select (no cursor or limit), newest first, as CSV (default) or Excel
    /// (<c>format=xlsx</c>), times in the workspace's zone; at most <see cref="Exports.MentionExport.MaxRows"/> rows.
    /// </summary>
    private static async Task<IResult> ExportAsync(
        Guid workspaceId, Exports.MentionExport export, CancellationToken ct,
        Guid? topic = null, string? source = null, DateTimeOffset? since = null, DateTimeOffset? until = null,
        string? sentiment = null, string? q = null, string? spam = null, string? intent = null, string? lang = null, string? risk = null, string? network = null,
        string? format = null)
    {
        if (!Exports.TableExport.TryParseFormat(format, out var parsedFormat))
        {
            return ApiProblems.Invalid("format", "Format must be csv or xlsx.");
        }

        var (query, problem) = TryQuery(workspaceId, topic, source, since, until, sentiment, q, null, null, spam, intent, lang, risk, network);
        return query is null ? problem! : Exports.TableExport.Download(await export.TableAsync(query, ct), parsedFormat, "mentions");
    }

    private static (MentionQuery? Query, IResult? Problem) TryQuery(
        Guid workspaceId, Guid? topic, string? source, DateTimeOffset? since, DateTimeOffset? until,
        string? sentiment, string? q, string? cursor, int? limit, string? spam, string? intent, string? lang, string? risk, string? network)
    {
        if (network is { Length: > 50 })
        {
            return (null, ApiProblems.Invalid("network", "Network is a name such as x, facebook, news or blog."));
        }

        Sentiment? parsedSentiment = null;
        if (sentiment is not null)
        {
            if (!TryParseSentiment(sentiment, out var s))
            {
                return (null, ApiProblems.Invalid("sentiment", "Sentiment must be negative, neutral or positive."));
            }

            parsedSentiment = s;
        }

        var spamFilter = SpamFilter.Exclude;
        if (spam is not null && !TryParseSpam(spam, out spamFilter))
        {
            return (null, ApiProblems.Invalid("spam", "Spam must be exclude, include or only."));
        }

        Intent? parsedIntent = null;
        if (intent is not null)
        {
            if (!EnrichmentNames.TryParseIntent(intent, out var i))
            {
                return (null, ApiProblems.Invalid("intent", "Intent must be complaint, question, praise or other."));
            }

            parsedIntent = i;
        }

        string? language = null;
        if (lang is not null)
        {
            if (!TryParseLanguage(lang, out var l))
            {
                return (null, ApiProblems.Invalid("lang", "Lang must be a language code such as id, en, jv, su, ms or und."));
            }

            language = l;
        }

        RiskSignals? parsedRisk = null;
        if (risk is not null)
        {
            if (!EnrichmentNames.TryParseRisks(risk, out var r))
            {
                return (null, ApiProblems.Invalid("risk", "Risk must be legal, viral or safety, or a comma-separated list of them."));
            }

            parsedRisk = r;
        }

        long? before = null;
        if (cursor is not null)
        {
            if (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c <= 0)
            {
                return (null, ApiProblems.Invalid("cursor", "Cursor must be the nextCursor of a previous page."));
            }

            before = c;
        }

        if (limit is < 1 or > MentionQuery.MaxLimit)
        {
            return (null, ApiProblems.Invalid("limit", $"Limit must be between 1 and {MentionQuery.MaxLimit}."));
        }

        if (since is not null && until is not null && since >= until)
        {
            return (null, ApiProblems.Invalid("until", "Until must be later than since."));
        }

        if (q is { Length: > 500 })
        {
            return (null, ApiProblems.Invalid("q", "Search text is at most 500 characters."));
        }

        // Instants are compared in UTC (PostgreSQL's timestamptz takes only UTC values).
        return (new MentionQuery(workspaceId, topic, source, since?.ToUniversalTime(), until?.ToUniversalTime(), parsedSentiment, q, before, limit ?? MentionQuery.DefaultLimit,
            Network: string.IsNullOrWhiteSpace(network) ? null : network.Trim().ToLowerInvariant(),
            Spam: spamFilter, Intent: parsedIntent, Language: language, Risk: parsedRisk), null);
    }

    /// <summary>Server-Sent Events: <c>event: mention</c> with the mention as JSON, and a heartbeat comment.</summary>
    private static async Task StreamAsync(Guid workspaceId, HttpContext http, MentionFeed feed, IOptions<JsonOptions> json, Guid? topic = null)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = "text/event-stream";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var subscription = feed.Subscribe(workspaceId);
        await http.Response.WriteAsync(": connected\n\n", ct);
        await http.Response.Body.FlushAsync(ct);
        try
        {
            while (!ct.IsCancellationRequested)
            {
                using var beat = CancellationTokenSource.CreateLinkedTokenSource(ct);
                beat.CancelAfter(Heartbeat);
                bool ready;
                try
                {
                    ready = await subscription.Reader.WaitToReadAsync(beat.Token);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    await http.Response.WriteAsync(": heartbeat\n\n", ct);
                    await http.Response.Body.FlushAsync(ct);
                    continue;
                }

                if (!ready)
                {
                    return;
                }

                while (subscription.Reader.TryRead(out var mention))
                {
                    if (topic is { } t && !mention.Topics.Any(l => l.Id == t))
                    {
                        continue;
                    }

                    var data = JsonSerializer.Serialize(mention, json.Value.SerializerOptions);
                    await http.Response.WriteAsync(
                        string.Create(CultureInfo.InvariantCulture, $"event: mention\nid: {mention.Id}\ndata: {data}\n\n"), ct);
                }

                await http.Response.Body.FlushAsync(ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    public static bool TryParseSentiment(string value, out Sentiment sentiment) => EnrichmentNames.TryParseSentiment(value, out sentiment);

    /// <summary>Reads <c>exclude</c>, <c>include</c> or <c>only</c>, in any letter case.</summary>
    public static bool TryParseSpam(string? value, out SpamFilter spam)
    {
        switch (value?.ToLowerInvariant())
        {
            case "exclude": spam = SpamFilter.Exclude; return true;
            case "include": spam = SpamFilter.Include; return true;
            case "only": spam = SpamFilter.Only; return true;
            default: spam = SpamFilter.Exclude; return false;
        }
    }

    /// <summary>
    /// Reads a language code as mentions store it: a 2–3 letter language (<c>id</c>, <c>jv</c>, <c>und</c>), optionally
    /// with subtags (<c>pt-br</c>), at most 8 characters; returned in lower case.
    /// </summary>
    public static bool TryParseLanguage(string? value, [NotNullWhen(true)] out string? language)
    {
        language = null;
        var code = value?.Trim().ToLowerInvariant();
        if (code is null || code.Length is < 2 or > 8)
        {
            return false;
        }

        var parts = code.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetterLower)
            || parts.Skip(1).Any(p => p.Length == 0 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            return false;
        }

        language = code;
        return true;
    }
}
