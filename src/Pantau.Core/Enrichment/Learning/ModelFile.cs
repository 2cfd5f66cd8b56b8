using System.Text;

namespace Pantau.Core.Enrichment.Learning;

/// <summary>
/// A trained model as it ships in <c>data/models</c>: the weights and every table the features need
/// (lexicons, slang), so a model file is self-contained and the text it sees at run time is read exactly as
/// its training text was. Only non-zero weight rows are stored. No timestamps: the same training gives the same bytes.
/// </summary>
public sealed record ModelFile(
    string Name,
    int FeatureVersion,
    LinearModel Model,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables,
    string Metadata)
{
    private const string Magic = "PANTAU-MODEL";
    private const int FormatVersion = 1;

    /// <summary>The weights, after checking this is the model the caller reads: its kind, feature version and classes.</summary>
    public LinearModel ModelFor(string name, int featureVersion, IReadOnlyList<string>? classes = null) =>
        Name == name && FeatureVersion == featureVersion && (classes is null || Model.Classes.SequenceEqual(classes))
            ? Model
            : throw new InvalidDataException($"Expected a '{name}' model of feature version {featureVersion}, got '{Name}' version {FeatureVersion}.");

    public IReadOnlyDictionary<string, string> Table(string name) =>
        Tables.TryGetValue(name, out var table) ? table : throw new InvalidDataException($"Model '{Name}' has no table '{name}'.");

    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Name);
        writer.Write(FeatureVersion);
        writer.Write(Metadata);
        writer.Write(Model.Classes.Count);
        foreach (var c in Model.Classes)
        {
            writer.Write(c);
        }

        writer.Write(Model.Bits);
        foreach (var b in Model.Bias)
        {
            writer.Write(b);
        }

        var k = Model.Classes.Count;
        var rows = 1 << Model.Bits;
        var nonZero = 0;
        for (var r = 0; r < rows; r++)
        {
            nonZero += IsZero(Model.Weights.AsSpan(r * k, k)) ? 0 : 1;
        }

        writer.Write(nonZero);
        var previous = 0;
        for (var r = 0; r < rows; r++)
        {
            var row = Model.Weights.AsSpan(r * k, k);
            if (IsZero(row))
            {
                continue;
            }

            writer.Write7BitEncodedInt(r - previous);
            previous = r;
            foreach (var w in row)
            {
                writer.Write(w);
            }
        }

        writer.Write(Tables.Count);
        foreach (var (name, table) in Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            writer.Write(table.Count);
            foreach (var (key, value) in table.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                writer.Write(key);
                writer.Write(value);
            }
        }
    }

    public static ModelFile Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Magic)
            {
                throw new InvalidDataException("Not a Pantau model file.");
            }

            var format = reader.ReadInt32();
            if (format != FormatVersion)
            {
                throw new InvalidDataException($"Model file format {format} is not supported (expected {FormatVersion}).");
            }

            var name = reader.ReadString();
            var featureVersion = reader.ReadInt32();
            var metadata = reader.ReadString();
            var classes = new string[reader.ReadInt32()];
            for (var i = 0; i < classes.Length; i++)
            {
                classes[i] = reader.ReadString();
            }

            var bits = reader.ReadInt32();
            if (bits is < 4 or > 24 || classes.Length is < 2 or > 64)
            {
                throw new InvalidDataException("Model file header is corrupt.");
            }

            var bias = new float[classes.Length];
            for (var i = 0; i < bias.Length; i++)
            {
                bias[i] = reader.ReadSingle();
            }

            var k = classes.Length;
            var weights = new float[k << bits];
            var rows = reader.ReadInt32();
            var row = 0;
            for (var n = 0; n < rows; n++)
            {
                row += reader.Read7BitEncodedInt();
                if ((uint)row >= 1u << bits)
                {
                    throw new InvalidDataException("Model file weights are corrupt.");
                }

                for (var c = 0; c < k; c++)
                {
                    weights[(row * k) + c] = reader.ReadSingle();
                }
            }

            var tables = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            var tableCount = reader.ReadInt32();
            for (var t = 0; t < tableCount; t++)
            {
                var tableName = reader.ReadString();
                var entries = reader.ReadInt32();
                var table = new Dictionary<string, string>(entries, StringComparer.Ordinal);
                for (var e = 0; e < entries; e++)
                {
                    table[reader.ReadString()] = reader.ReadString();
                }

                tables[tableName] = table;
            }

            return new ModelFile(name, featureVersion, new LinearModel(classes, bits, weights, bias), tables, metadata);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("Model file is truncated.", e);
        }
    }

    private static bool IsZero(ReadOnlySpan<float> row)
    {
        foreach (var w in row)
        {
            if (w != 0)
            {
                return false;
            }
        }

        return true;
    }
}
