using System.Buffers;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Pantau.Core.Enrichment;
using Pantau.Core.Posts;
using Pantau.Core.Queries;

namespace Pantau.Server.Cli;

/// <summary>
/// <c>pantau match --queries FILE [POSTS]</c>: runs listening queries over JSON-line posts with the pipeline's own
/// parser, normaliser and matcher, offline: no database, no host, no server.
/// </summary>
public sealed class MatchCommand
{
    /// <summary>Exit status when nothing was matched: a bad query, a missing file, a wrong argument.</summary>
    public const int CannotRun = 2;

    /// <summary>Exit status when a post line was skipped.</summary>
    private const int SkippedLines = 1;

    /// <summary>Longest post line read; a longer one is skipped unread (input is hostile; bound what one line may cost).</summary>
    private const int MaxLineBytes = 1 << 20;

    private static readonly Guid Workspace = Guid.NewGuid();
    private static readonly Guid Source = Guid.NewGuid();
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly TopicMatcher _matcher;
    private readonly Dictionary<Guid, int> _order;
    private readonly byte[][] _names;
    private readonly TextWriter _errors;
    private readonly string _postsName;
    private readonly ModelEnricher? _languages;
    private readonly ArrayBufferWriter<byte> _pending = new(1 << 16);
    private readonly List<int> _matched = [];
    private bool _skipped;

    private MatchCommand(List<(string Name, ParsedQuery Query)> queries, TextWriter errors, string postsName)
    {
        // Topic ids stand for line order, so matches are printed in the order of the queries file.
        var ids = queries.Select(_ => Guid.NewGuid()).ToArray();
        _matcher = TopicMatcher.Compile(Workspace, queries.Select((q, i) => (ids[i], q.Query)));
        _order = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        _names = [.. queries.Select(q => JsonString(q.Name))];
        _errors = errors;
        _postsName = postsName;
        _languages = _matcher.ReadsLanguage(Workspace) ? new ModelEnricher(ShippedModels.Instance, TimeProvider.System) : null;
    }

    private const string Formats = """
        Queries file (UTF-8): one query per line, a name, a TAB, then the query (see docs/queries.md).
          Blank lines and lines starting with '#' are ignored. Names must be unique.
            Nusantel<TAB>nusantel* OR @nusantel_care
            Keluhan sinyal<TAB>(sinyal OR jaringan) NEAR/3 (lemot OR hilang)

        Posts (UTF-8 JSON lines): "id" (string or number) and "text" are required; optional are "title",
          "author" (handle), "url", "source" (network such as x or facebook), "lang", "country",
          "followers" (number) and "isReply", "isRepost", "isQuote" (true or false). Other properties are ignored.
          Posts of the demo corpus and of webhook pushes are read as they are (author object, network, inReplyTo…).
            {"id": 1, "text": "Sinyal nusantel lemot banget", "source": "x", "followers": 1200}

        Output: one JSON line per post, the names of the matching queries in the order of the queries file.
            {"id":1,"matches":["Nusantel","Keluhan sinyal"]}

        Exit status: 0 when every post was read; 1 when a post line was skipped (reported as POSTS:LINE: on
          standard error); 2 when a query, a file or an argument is wrong (FILE:LINE:COLUMN:), before any matching.

        """;

    /// <summary>Adds <c>match</c> to the command line, with the file formats at the end of its help.</summary>
    public static void AddTo(RootCommand root)
    {
        var queries = new Option<string>("--queries", "-q")
        {
            Description = "The queries file: one name<TAB>query per line.",
            HelpName = "FILE",
            Required = true,
        };
        var posts = new Argument<string?>("POSTS")
        {
            Description = "A file of posts, one JSON object per line; standard input when left out or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("match", "Match posts against listening queries, offline, with the same code as the pipeline.")
        {
            queries,
            posts,
        };
        command.SetAction((result, ct) => RunAsync(result.GetValue(queries)!, result.GetValue(posts), ct));
        root.Subcommands.Add(command);

        // The formats are too long for the description, which the root's list of commands shows too.
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithFormats((SynchronousCommandLineAction)help.Action!, command);
    }

    private static async Task<int> RunAsync(string queriesPath, string? postsPath, CancellationToken cancellationToken)
    {
        await using var errors = new StreamWriter(Console.OpenStandardError(), Utf8) { AutoFlush = true };
        var queries = await ReadQueriesAsync(queriesPath, errors, cancellationToken);
        if (queries is null)
        {
            return CannotRun;
        }

        var fromStdin = postsPath is null or "-";
        Stream input;
        try
        {
            input = fromStdin ? Console.OpenStandardInput() : new FileStream(postsPath!, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"{postsPath}: {Describe(e)}");
            return CannotRun;
        }

        await using (input)
        await using (var output = Console.OpenStandardOutput())
        {
            var command = new MatchCommand(queries, errors, fromStdin ? "stdin" : postsPath!);
            return await command.MatchAllAsync(input, output, cancellationToken);
        }
    }

    /// <summary>Reads and parses every query, reporting all problems at once; null when there was any.</summary>
    private static async Task<List<(string Name, ParsedQuery Query)>?> ReadQueriesAsync(string path, TextWriter errors, CancellationToken cancellationToken)
    {
        var queries = new List<(string Name, ParsedQuery Query)>();
        var lineOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        var valid = true;
        try
        {
            using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
            var number = 0;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                {
                    continue;
                }

                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var name = tab < 0 ? string.Empty : line[..tab].Trim();
                string? problem = tab < 0 ? "Expected a name, a TAB, then the query; this line has no TAB"
                    : name.Length == 0 ? "The query has no name before the TAB"
                    : lineOfName.TryAdd(name, number) ? null
                    : $"The name '{name}' is already used on line {lineOfName[name].ToString(CultureInfo.InvariantCulture)}";
                if (problem is not null)
                {
                    await Report(errors, path, number, 1, problem);
                    valid = false;
                }

                if (tab < 0)
                {
                    continue;
                }

                if (QueryParser.TryParse(line[(tab + 1)..], out var parsed, out var error))
                {
                    queries.Add((name, parsed!));
                }
                else
                {
                    // The parser counts from the start of the query; the line has "name<TAB>" before it.
                    await Report(errors, path, number, tab + 1 + error!.Column, error.Reason);
                    valid = false;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await errors.WriteLineAsync($"{path}: {Describe(e)}");
            return null;
        }

        if (valid && queries.Count == 0)
        {
            await errors.WriteLineAsync($"{path}: no queries; write one name<TAB>query per line");
            return null;
        }

        return valid ? queries : null;

        static Task Report(TextWriter errors, string path, int line, int column, string message) =>
            errors.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path}:{line}:{column}: {message}"));
    }

    /// <summary>Reads the posts line by line as bytes, so input of any length runs in the memory of one line.</summary>
    private async Task<int> MatchAllAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(input, new StreamPipeReaderOptions(bufferSize: 1 << 16, leaveOpen: true));
        await using var json = new Utf8JsonWriter(_pending);
        long number = 0;
        var overlong = false; // inside a line longer than MaxLineBytes, skipping to its end
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } newline)
            {
                number++;
                await LineAsync(buffer.Slice(0, newline), number, overlong);
                overlong = false;
                buffer = buffer.Slice(buffer.GetPosition(1, newline));
            }

            if (read.IsCompleted)
            {
                if (!buffer.IsEmpty)
                {
                    await LineAsync(buffer, ++number, overlong);
                }

                break;
            }

            if (overlong || buffer.Length > MaxLineBytes)
            {
                overlong = true;
                buffer = buffer.Slice(buffer.End);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);

            // Written after each read, so results keep pace with a live stream (tail -f) yet a file is written in large blocks.
            await WritePendingAsync(output, cancellationToken);
        }

        await reader.CompleteAsync();
        await WritePendingAsync(output, cancellationToken);
        return _skipped ? SkippedLines : 0;

        async ValueTask LineAsync(ReadOnlySequence<byte> line, long lineNumber, bool tooLong)
        {
            var problem = tooLong || line.Length > MaxLineBytes
                ? "longer than 1 MiB; skipped"
                : Match(Trim(line, lineNumber), json);
            if (problem is not null)
            {
                _skipped = true;
                await _errors.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{_postsName}:{lineNumber}: {problem}"));
            }
        }
    }

    /// <summary>Matches one post line and writes its result; returns what is wrong with the line, or null.</summary>
    private string? Match(ReadOnlySequence<byte> line, Utf8JsonWriter json)
    {
        if (line.IsEmpty)
        {
            return null; // blank lines carry no post
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var (post, id, problem) = Read(document.RootElement);
            if (problem is not null)
            {
                return problem;
            }

            _matched.Clear();
            var normalised = NormalisedPost.From(Workspace, Source, post!);
            if (_languages is not null && post!.Language is null)
            {
                // As the pipeline does: with a lang: query, a post that declares no language gets the identified one.
                normalised = normalised with { Raw = post with { Language = _languages.IdentifyLanguage(normalised) } };
            }

            foreach (var topic in _matcher.Match(normalised))
            {
                _matched.Add(_order[topic]);
            }

            _matched.Sort();
            json.Reset();
            json.WriteStartObject();
            json.WritePropertyName("id"u8);
            json.WriteRawValue(id!, skipInputValidation: true);
            json.WriteStartArray("matches"u8);
            foreach (var index in _matched)
            {
                json.WriteRawValue(_names[index], skipInputValidation: true);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.Flush();
            _pending.Write("\n"u8);
            return null;
        }
        catch (JsonException e)
        {
            return $"not valid JSON at column {Column(line, e.BytePositionInLine)}: {WithoutPosition(e.Message)}";
        }
        catch (InvalidOperationException)
        {
            return "not valid UTF-8"; // JsonDocument checks strings' encoding only when they are read
        }
    }

    /// <summary>
    /// A post from a JSON line: its raw id (echoed as given) and what the matcher reads; or why it cannot be one.
    /// Also reads the shapes of the demo corpus and of webhook pushes (author object, network, inReplyTo…).
    /// </summary>
    private static (RawPost? Post, string? Id, string? Problem) Read(JsonElement line)
    {
        if (line.ValueKind != JsonValueKind.Object)
        {
            return (null, null, "expected a JSON object with \"id\" and \"text\"");
        }

        string? id = null, text = null, title = null, url = null, source = null, network = null, lang = null, country = null;
        var author = (Handle: (string?)null, Name: (string?)null, Followers: (long?)null);
        long? followers = null;
        bool reply = false, repost = false, quote = false;
        foreach (var property in line.EnumerateObject())
        {
            var value = property.Value;
            var problem = property.Name switch
            {
                "id" => value.ValueKind is JsonValueKind.String or JsonValueKind.Number ? Set(out id, value.GetRawText()) : "\"id\" must be a string or a number",
                "text" => value.ValueKind == JsonValueKind.String ? Set(out text, value.GetString()) : "\"text\" must be a string",
                "title" => Text(value, "title", out title),
                "author" when value.ValueKind == JsonValueKind.Object => Author(value, ref author),
                "author" => Text(value, "author", out author.Handle),
                "url" => Text(value, "url", out url),
                "source" => Text(value, "source", out source),
                "network" => Text(value, "network", out network),
                "lang" => Text(value, "lang", out lang),
                "country" => Text(value, "country", out country),
                "followers" => Count(value, "followers", out followers),
                "isReply" => Flag(value, "isReply", ref reply),
                "isRepost" => Flag(value, "isRepost", ref repost),
                "isQuote" => Flag(value, "isQuote", ref quote),
                "inReplyTo" => Reference(value, "inReplyTo", ref reply),
                "repostOf" => Reference(value, "repostOf", ref repost),
                "quoteOf" => Reference(value, "quoteOf", ref quote),
                _ => null,
            };
            if (problem is not null)
            {
                return (null, null, problem);
            }
        }

        if (id is null || text is null)
        {
            return (null, null, id is null && text is null ? "missing \"id\" and \"text\"" : id is null ? "missing \"id\"" : "missing \"text\"");
        }

        var post = new RawPost
        {
            // As in the pipeline, source: matches either the kind of source or the network the post was written on.
            SourceKind = source ?? network ?? string.Empty,
            ExternalId = id,
            Network = network ?? source ?? string.Empty,
            PublishedAt = DateTimeOffset.UnixEpoch, // no query reads the date
            Text = text,
            Title = title,
            Url = url,
            Author = new PostAuthor(author.Handle ?? string.Empty, author.Name, followers ?? author.Followers),
            Language = lang,
            Country = country,
            InReplyToExternalId = reply ? string.Empty : null,
            RepostOfExternalId = repost ? string.Empty : null,
            QuoteOfExternalId = quote ? string.Empty : null,
        };
        return (post, id, null);

        static string? Set(out string? field, string? value)
        {
            field = value;
            return null;
        }

        static string? Text(JsonElement value, string name, out string? field)
        {
            field = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            return value.ValueKind is JsonValueKind.String or JsonValueKind.Null ? null : $"\"{name}\" must be a string";
        }

        static string? Count(JsonElement value, string name, out long? field)
        {
            field = value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var count) && count >= 0 ? count : null;
            return field is not null || value.ValueKind == JsonValueKind.Null ? null : $"\"{name}\" must be a whole number of 0 or more";
        }

        static string? Flag(JsonElement value, string name, ref bool field)
        {
            field |= value.ValueKind == JsonValueKind.True;
            return value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null ? null : $"\"{name}\" must be true or false";
        }

        static string? Reference(JsonElement value, string name, ref bool field)
        {
            field |= value.ValueKind is JsonValueKind.String or JsonValueKind.Number;
            return value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.Null ? null : $"\"{name}\" must be an id or null";
        }

        static string? Author(JsonElement value, ref (string? Handle, string? Name, long? Followers) author)
        {
            foreach (var property in value.EnumerateObject())
            {
                var problem = property.Name switch
                {
                    "handle" => Text(property.Value, "author.handle", out author.Handle),
                    "name" => Text(property.Value, "author.name", out author.Name),
                    "followers" => Count(property.Value, "author.followers", out author.Followers),
                    _ => null,
                };
                if (problem is not null)
                {
                    return problem;
                }
            }

            return null;
        }
    }

    private async ValueTask WritePendingAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_pending.WrittenCount > 0)
        {
            await output.WriteAsync(_pending.WrittenMemory, cancellationToken);
            await output.FlushAsync(cancellationToken);
            _pending.ResetWrittenCount();
        }
    }

    /// <summary>The line without its carriage return (CRLF files) and, on the first line, without a byte order mark.</summary>
    private static ReadOnlySequence<byte> Trim(ReadOnlySequence<byte> line, long number)
    {
        if (number == 1 && line.Length >= 3 && line.Slice(0, 3).ToArray().AsSpan().SequenceEqual("\uFEFF"u8))
        {
            line = line.Slice(3);
        }

        if (line.Length > 0 && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r')
        {
            line = line.Slice(0, line.Length - 1);
        }

        // A line of only spaces is blank too.
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b is not ((byte)' ' or (byte)'\t'))
                {
                    return line;
                }
            }
        }

        return ReadOnlySequence<byte>.Empty;
    }

    /// <summary>The 1-based character column of a byte offset in a line, for error messages.</summary>
    private static long Column(ReadOnlySequence<byte> line, long? bytes)
    {
        var prefix = line.Slice(0, Math.Min(line.Length, bytes ?? 0)).ToArray();
        return Utf8.GetCharCount(prefix) + 1;
    }

    /// <summary>System.Text.Json ends its messages with "LineNumber: 0 | BytePositionInLine: n.", which means nothing here.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private static string Describe(Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file",
        _ => e.Message,
    };

    /// <summary>
    /// A name as a JSON string in UTF-8. Utf8JsonWriter's encoders escape every character outside the Basic
    /// Multilingual Plane (emoji); names are printed as written, escaping only what JSON requires.
    /// </summary>
    private static byte[] JsonString(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' or '\\' => json.Append('\\').Append(c),
                < ' ' => json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => json.Append(c),
            };
        }

        return Utf8.GetBytes(json.Append('"').ToString());
    }

    /// <summary>The standard help, followed by the file formats when it is the help of <c>match</c>.</summary>
    private sealed class HelpWithFormats(SynchronousCommandLineAction help, Command match) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => help.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            var code = help.Invoke(parseResult);
            if (parseResult.CommandResult.Command == match)
            {
                parseResult.InvocationConfiguration.Output.Write(Formats);
            }

            return code;
        }
    }
}
