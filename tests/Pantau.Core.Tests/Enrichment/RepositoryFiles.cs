namespace Pantau.Core.Tests.Enrichment;

/// <summary>Files of the repository the tests read, found by walking up from the test binaries.</summary>
internal static class RepositoryFiles
{
    /// <summary>data/testset/social-posts.jsonl: the hand-labelled test set (reporting only, never training).</summary>
    public static string TestSet()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!Directory.Exists(Path.Combine(folder.FullName, "data", "testset")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("No data/testset above the test binaries.");
        }

        return Path.Combine(folder.FullName, "data", "testset", "social-posts.jsonl");
    }
}
