using System.Text;

namespace Pantau.Server.Contacts;

/// <summary>One CSV record: the line it starts on, its fields, or what is wrong with it.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error = null);

/// <summary>
/// Reads RFC 4180 CSV one record at a time (quoted fields with doubled quotes, commas and line breaks inside quotes,
/// CRLF or LF), so a large file is never held whole. Broken quoting is reported on the line where the record starts
/// and reading goes on with the next line: a quote inside an unquoted field, text after a closing quote, or a quote
/// left open (noticed at the end of the file or when a record grows past <see cref="MaxRecordChars"/>).
/// </summary>
/// <remarks>Not <c>Enrichment.CsvRows</c>: that one trusts its (shipped) files and knows neither lines nor errors.</remarks>
public sealed class CsvRecords(TextReader reader)
{
    public const int MaxRecordChars = 64 * 1024;

    private readonly char[] _buffer = new char[16 * 1024];
    private int _length;
    private int _position;

    /// <summary>Text given back after a broken record, read again before the reader.</summary>
    private string _replay = "";
    private int _replayPosition;
    private int _line = 1;

    public async IAsyncEnumerable<CsvRecord> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (await ReadAsync(cancellationToken) is { } record)
        {
            yield return record;
        }
    }

    /// <summary>The next record, or null at the end. Blank lines are skipped.</summary>
    public async ValueTask<CsvRecord?> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var start = _line;
            var raw = new StringBuilder();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var afterQuote = false;
            var any = false;
            string? error = null;
            int c;
            while ((c = await NextAsync(cancellationToken)) >= 0)
            {
                var ch = (char)c;
                raw.Append(ch);
                any = true;
                if (raw.Length > MaxRecordChars)
                {
                    Replay(raw, start);
                    return new CsvRecord(start, [], quoted
                        ? $"a quoted field (column {fields.Count + 1}) is never closed"
                        : $"the record is longer than {MaxRecordChars} characters");
                }

                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (await PeekAsync(cancellationToken) == '"')
                        {
                            raw.Append((char)await NextAsync(cancellationToken));
                            field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                            afterQuote = true;
                        }
                    }
                    else
                    {
                        if (ch == '\n')
                        {
                            _line++;
                        }

                        field.Append(ch);
                    }

                    continue;
                }

                if (ch == '\n')
                {
                    _line++;
                    break;
                }

                if (ch == '\r')
                {
                    continue;
                }

                if (error is not null)
                {
                    continue;
                }

                if (ch == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    afterQuote = false;
                }
                else if (afterQuote)
                {
                    error = $"text after the closing quote of column {fields.Count + 1}";
                }
                else if (ch == '"')
                {
                    if (field.Length == 0)
                    {
                        quoted = true;
                    }
                    else
                    {
                        error = $"a quote inside the unquoted column {fields.Count + 1} (quote the whole field and double the quote)";
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }

            if (quoted)
            {
                // The end of the file inside quotes: the quote was never closed. Read on from the record's second line.
                Replay(raw, start);
                return new CsvRecord(start, [], $"a quoted field (column {fields.Count + 1}) is never closed");
            }

            if (!any)
            {
                return null;
            }

            fields.Add(field.ToString());
            if (error is not null)
            {
                return new CsvRecord(start, fields, error);
            }

            if (fields.Count == 1 && fields[0].Length == 0 && !raw.ToString().Contains('"', StringComparison.Ordinal))
            {
                continue;
            }

            return new CsvRecord(start, fields);
        }
    }

    /// <summary>Gives back everything after the record's first line, to be read again as new records from the next line.</summary>
    private void Replay(StringBuilder raw, int start)
    {
        var text = raw.ToString();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        _replay = (newline < 0 ? "" : text[(newline + 1)..]) + _replay[_replayPosition..];
        _replayPosition = 0;
        _line = start + 1;
        if (newline < 0)
        {
            // A single over-long line: drop the rest of it.
            _replay = "";
            _skipLine = true;
        }
    }

    private bool _skipLine;

    private async ValueTask<int> NextAsync(CancellationToken cancellationToken)
    {
        while (_skipLine)
        {
            var c = await RawNextAsync(cancellationToken);
            if (c < 0 || c == '\n')
            {
                _skipLine = false;
                return c < 0 ? -1 : await RawNextAsync(cancellationToken);
            }
        }

        return await RawNextAsync(cancellationToken);
    }

    private async ValueTask<int> RawNextAsync(CancellationToken cancellationToken)
    {
        if (_replayPosition < _replay.Length)
        {
            return _replay[_replayPosition++];
        }

        if (_position >= _length && !await FillAsync(cancellationToken))
        {
            return -1;
        }

        return _buffer[_position++];
    }

    private async ValueTask<int> PeekAsync(CancellationToken cancellationToken)
    {
        if (_replayPosition < _replay.Length)
        {
            return _replay[_replayPosition];
        }

        if (_position >= _length && !await FillAsync(cancellationToken))
        {
            return -1;
        }

        return _buffer[_position];
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
        _position = 0;
        return _length > 0;
    }
}
