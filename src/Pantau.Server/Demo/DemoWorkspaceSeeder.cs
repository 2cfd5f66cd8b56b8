using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pantau.Core.Posts;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Demo;

/// <summary>On first start with an empty database, creates the "Demo" workspace with topics for the corpus's brands and a demo source.</summary>
public sealed class DemoWorkspaceSeeder(IDbContextFactory<PantauDbContext> contexts, IOptions<DemoOptions> options, TimeProvider clock, ILogger<DemoWorkspaceSeeder> logger, Care.Settings.CareDemoSeeder care)
{
    public const string Slug = "demo";

    internal static readonly (string Name, string Query, string Color)[] Topics =
    [
        ("Nusantel", "nusantel* OR nusahome OR nusakuota OR @nusantel_care", "#e53935"),
        ("Bank Sentosa", "\"bank sentosa\" OR banksentosa OR \"sentosa mobile\"", "#1e88e5"),
        ("Kopi Senja", "\"kopi senja\" OR kopisenja", "#8d6e63"),
        ("Rajawali Air", "\"rajawali air\" OR rajawaliair", "#00897b"),
        ("Belanjain", "belanjain*", "#fb8c00"),
    ];

    /// <returns>The demo workspace's id when it was created now; null when the database already had a workspace or the demo is off.</returns>
    public async Task<Guid?> SeedIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Workspaces.AnyAsync(cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var workspace = new Workspace { Id = Guid.CreateVersion7(now), Name = "Demo", Slug = Slug, IsDemo = true, CreatedAt = now };
        db.Workspaces.Add(workspace);
        foreach (var (name, query, color) in Topics)
        {
            db.Topics.Add(new Topic { Id = Guid.CreateVersion7(now), WorkspaceId = workspace.Id, Name = name, Query = query, Color = color, CreatedAt = now, UpdatedAt = now });
        }

        db.Sources.Add(new Source
        {
            Id = Guid.CreateVersion7(now),
            WorkspaceId = workspace.Id,
            Kind = SourceKinds.Demo,
            Name = "Demo corpus (fictional brands)",
            SettingsJson = JsonSerializer.Serialize(new Dictionary<string, object> { ["speed"] = options.Value.Speed, ["loop"] = options.Value.Loop }),
            CreatedAt = now,
            UpdatedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await care.SeedAsync(workspace.Id, cancellationToken);
        logger.LogInformation("Created the Demo workspace with {Count} topics, fed by the demo corpus at {Speed}x", Topics.Length, options.Value.Speed.ToString(CultureInfo.InvariantCulture));
        return workspace.Id;
    }
}
