using System.Globalization;

namespace Pantau.Connectors.Demo;

/// <summary>Where a demo replay stands: which pass over the corpus, and the index of the next post.</summary>
public readonly record struct DemoCursor(int Pass, int Next)
{
    public static DemoCursor Parse(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return default;
        }

        var parts = cursor.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pass)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var next)
            ? new DemoCursor(pass, next)
            : throw new FormatException($"Demo cursor '{cursor}' is not 'pass:index'.");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Pass}:{Next}");
}
