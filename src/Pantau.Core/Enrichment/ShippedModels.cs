namespace Pantau.Core.Enrichment;

/// <summary>
/// The models Pantau ships: <c>data/models/NAME.model</c>, copied to <c>models/</c> beside every program that
/// references Pantau.Core. The one place Core opens files, because every host, test and benchmark loads them alike.
/// </summary>
public static class ShippedModels
{
    private static readonly Lazy<EnrichmentModels> Default = new(() => Load(DefaultDirectory));

    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>The shipped models, loaded once per process.</summary>
    public static EnrichmentModels Instance => Default.Value;

    public static EnrichmentModels Load(string directory) =>
        EnrichmentModels.Load(name => File.OpenRead(Path.Combine(directory, name + ".model")));
}
