using System.Text.Json;
using Pantau.Connectors.Abstractions;

namespace Pantau.Connectors.Tests;

internal static class Sources
{
    public static readonly Guid Workspace = new("aaaaaaaa-0000-0000-0000-000000000001");

    public static SourceContext Context(string kind, string settingsJson = "{}")
    {
        using var document = JsonDocument.Parse(settingsJson);
        return new SourceContext(Guid.NewGuid(), Workspace, kind, "test " + kind, document.RootElement.Clone(), new Dictionary<string, string>());
    }

    /// <summary>Waits for something the code under test does on another thread, failing rather than hanging.</summary>
    public static async Task<T> Soon<T>(this Task<T> task) => await task.WaitAsync(TimeSpan.FromSeconds(10));

    public static async Task Soon(this Task task) => await task.WaitAsync(TimeSpan.FromSeconds(10));

    public static Task<T> Soon<T>(this ValueTask<T> task) => task.AsTask().Soon();
}
