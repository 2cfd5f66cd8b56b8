namespace Pantau.Server.Care.Settings;

/// <summary>
/// The Indonesian public holidays that ship with Pantau (<c>data/care/holidays-id.tsv</c>), embedded in the server
/// assembly: a published or containerised server finds them wherever it runs, with no data folder to copy.
/// </summary>
public static class BundledHolidays
{
    private const string ResourceName = "Pantau.Server.Care.Settings.holidays-id.tsv";

    private static readonly Lazy<string> Text = new(Read);

    /// <summary>The file as shipped, comments included, for a workspace to keep and edit.</summary>
    public static string Indonesian => Text.Value;

    private static string Read()
    {
        using var stream = typeof(BundledHolidays).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
