namespace Pantau.Core.Tests.Enrichment;

/// <summary>Files of the repository the tests read, found by walking up from the test binaries.</summary>
internal static class RepositoryFiles
{
    /// <summary>data/testset/social-posts.jsonl: the hand-labelled test set (reporting only, never training).</summary>
    public static string TestSet() => Find("data", "testset", "social-posts.jsonl");

    /// <summary>A file of the repository, by its path from the repository's root.</summary>
    public static string Find(params string[] path)
    {
        var relative = Path.Combine(path);
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, relative)))
        {
            folder = folder.Parent ?? throw new InvalidOperationException($"No {relative} above the binaries.");
        }

        return Path.Combine(folder.FullName, relative);
    }
}
