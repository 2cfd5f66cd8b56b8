using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Pantau.Connectors.Feeds.Fetching;
using Pantau.Connectors.Feeds.Parsing;

namespace Pantau.Server.Cli;

/// <summary>
/// <c>pantau feed parse FILE|URL</c>: the feed as the connector reads it, as JSON, with plain-text fields and UTC times.
/// Exit 0 when read (repairs and skipped items are listed on standard error as <c>FILE:LINE: warning</c>), 2 with
/// <c>FILE:LINE: message</c> when nothing could be read.
/// </summary>
public static partial class FeedCommand
{
    public const int Unreadable = 2;

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AddTo(RootCommand root)
    {
        var source = new Argument<string>("FILE|URL") { Description = "A feed file, or an http(s) address to fetch (standard input with '-')." };
        var allow = new Option<string[]>("--allow-host")
        {
            Description = "Fetch from this host although it is on a private or loopback network (repeatable).",
            HelpName = "HOST",
            AllowMultipleArgumentsPerToken = false,
        };
        var parse = new Command("parse", "Parse an RSS, Atom or JSON feed and print it as JSON, with the same code as the feed connector.") { source, allow };
        parse.SetAction(async (result, ct) =>
        {
            await using var output = Console.OpenStandardOutput();
            return await RunAsync(result.GetValue(source)!, result.GetValue(allow) ?? [], output, Console.Error, ct);
        });
        var feed = new Command("feed", "Work with web feeds.");
        feed.Subcommands.Add(parse);
        root.Subcommands.Add(feed);
    }

    public static async Task<int> RunAsync(string source, IReadOnlyCollection<string> allowedHosts, Stream output, TextWriter errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(errors);
        byte[] bytes;
        Uri? baseUri = null;
        string? charset = null;
        var isUrl = Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme is "http" or "https";
        try
        {
            if (isUrl)
            {
                using var fetcher = new FeedFetcher(new FeedFetchOptions { AllowedHosts = allowedHosts }, TimeProvider.System);
                var response = await fetcher.FetchAsync(url!, null, cancellationToken);
                (bytes, baseUri, charset) = (response.Body, response.FinalUrl, response.Charset);
            }
            else if (source == "-")
            {
                using var buffer = new MemoryStream();
                await Console.OpenStandardInput().CopyToAsync(buffer, cancellationToken);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = await File.ReadAllBytesAsync(source, cancellationToken);
                baseUri = new Uri(Path.GetFullPath(source));
            }
        }
        catch (Exception e) when (e is FeedFetchException or IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"{source}: {e.Message}");
            return Unreadable;
        }

        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(bytes, baseUri, charset);
        }
        catch (FeedParseException e)
        {
            await errors.WriteLineAsync($"{source}:{e.Line}: {e.Problem ?? e.Message}");
            return Unreadable;
        }

        foreach (var warning in feed.Warnings)
        {
            await errors.WriteLineAsync(LinePrefix().Match(warning) is { Success: true } m
                ? $"{source}:{m.Groups[1].Value}: {warning[m.Length..]}"
                : $"{source}: {warning}");
        }

        await using var json = new Utf8JsonWriter(output, Indented);
        Write(json, feed);
        await json.FlushAsync(cancellationToken);
        await output.WriteAsync("\n"u8.ToArray(), cancellationToken);
        return 0;
    }

    private static void Write(Utf8JsonWriter json, ParsedFeed feed)
    {
        json.WriteStartObject();
        json.WriteString("title", feed.Title);
        json.WriteString("link", feed.Link);
        json.WriteString("language", feed.Language);
        json.WriteStartArray("items");
        foreach (var item in feed.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("title", item.Title is null ? null : FeedText.ToPlainText(item.Title, isHtml: false));
            json.WriteString("link", item.Link);
            json.WriteString("author", item.Author);
            json.WriteString("published", Time(item.Published));
            json.WriteString("updated", Time(item.Updated));
            json.WriteString("summary", item.SummaryHtml is null ? null : FeedText.ToPlainText(item.SummaryHtml));
            json.WriteString("content", item.ContentHtml is null ? null : FeedText.ToPlainText(item.ContentHtml));
            json.WriteStartArray("categories");
            foreach (var category in item.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string? Time(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^line (\d+): ")]
    private static partial Regex LinePrefix();
}
