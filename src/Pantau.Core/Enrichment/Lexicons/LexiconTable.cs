using System.Globalization;
using Pantau.Core.Text;

namespace Pantau.Core.Enrichment.Lexicons;

/// <summary>
/// Reads the project's tab-separated lexicon files (<c>data/lexicon/*.tsv</c>, <c>#</c> comments). Keys pass
/// through the product's normaliser and are stored as their tokens joined by single spaces, so "Worth it",
/// "kata2" or an emoji with a variation selector are found exactly as live text is tokenised.
/// </summary>
public static class LexiconTable
{
    public static Dictionary<string, string> Parse(TextReader reader, string fileName, int valueColumn = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var columns = line.Split('\t');
            if (columns.Length <= valueColumn)
            {
                throw new FormatException($"{fileName}, line {lineNumber}: expected at least {valueColumn + 1} tab-separated columns.");
            }

            var key = Key(columns[0]);
            if (key.Length > 0)
            {
                table[key] = columns[valueColumn].Trim();
            }
        }

        return table;
    }

    /// <summary>A term as the lexicons store it: its tokens' folded text joined by spaces; emoticons stay as written.</summary>
    public static string Key(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        term = term.Trim();
        if (Emoticons.IsEmoticon(term))
        {
            return term;
        }

        var tokens = TextNormaliser.Tokenise(term);
        return tokens.Count switch
        {
            0 => string.Empty,
            1 => tokens[0].Text,
            _ => string.Join(' ', tokens.Select(t => t.Text)),
        };
    }

    public static float Score(string value, string fileName, string key) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
            ? score
            : throw new FormatException($"{fileName}: score '{value}' of '{key}' is not a number.");
}
