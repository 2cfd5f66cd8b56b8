using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Pantau.Data.Entities;

namespace Pantau.Data;

/// <summary>
/// The model, shared by both providers. Each provider has a subclass with its own migrations
/// (<see cref="SqlitePantauDbContext"/>, <see cref="PostgresPantauDbContext"/>).
/// </summary>
public abstract class PantauDbContext(DbContextOptions options)
    : IdentityDbContext<PantauUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Workspace> Workspaces => Set<Workspace>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<FeedSubscription> FeedSubscriptions => Set<FeedSubscription>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Mention> Mentions => Set<Mention>();
    public DbSet<MentionTopic> MentionTopics => Set<MentionTopic>();
    public DbSet<MentionCorrection> MentionCorrections => Set<MentionCorrection>();
    public DbSet<WorkspaceMember> WorkspaceMembers => Set<WorkspaceMember>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<Workspace>(e =>
        {
            e.ToTable("Workspaces");
            e.Property(w => w.Name).HasMaxLength(200);
            e.Property(w => w.Slug).HasMaxLength(100);
            e.HasIndex(w => w.Slug).IsUnique();
        });

        builder.Entity<Topic>(e =>
        {
            e.ToTable("Topics");
            e.Property(t => t.Name).HasMaxLength(200);
            e.Property(t => t.Query).HasMaxLength(4000);
            e.Property(t => t.Color).HasMaxLength(32);
            e.HasIndex(t => new { t.WorkspaceId, t.Name }).IsUnique();
            e.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Source>(e =>
        {
            e.ToTable("Sources");
            e.Property(s => s.Kind).HasMaxLength(32);
            e.Property(s => s.Name).HasMaxLength(200);
            e.Property(s => s.LastError).HasMaxLength(1000);
            e.Property(s => s.ScheduleNote).HasMaxLength(200);
            e.HasIndex(s => s.WorkspaceId);
            e.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<FeedSubscription>(e =>
        {
            e.ToTable("FeedSubscriptions");
            e.Property(f => f.HubUrl).HasMaxLength(2000);
            e.Property(f => f.TopicUrl).HasMaxLength(2000);
            e.Property(f => f.LastError).HasMaxLength(1000);
            e.Property(f => f.State).HasConversion<int>();
            e.HasIndex(f => f.SourceId).IsUnique();
            e.HasIndex(f => f.WorkspaceId);
            e.HasOne<Source>().WithMany().HasForeignKey(f => f.SourceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Author>(e =>
        {
            e.ToTable("Authors");
            e.Property(a => a.Network).HasMaxLength(32);
            e.Property(a => a.Handle).HasMaxLength(200);
            e.Property(a => a.DisplayName).HasMaxLength(200);
            e.HasIndex(a => new { a.WorkspaceId, a.Network, a.Handle }).IsUnique();
            e.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Mention>(e =>
        {
            e.ToTable("Mentions");
            e.Property(m => m.SourceKind).HasMaxLength(32);
            e.Property(m => m.ExternalId).HasMaxLength(200);
            e.Property(m => m.Network).HasMaxLength(32);
            e.Property(m => m.Language).HasMaxLength(8);
            e.Property(m => m.Country).HasMaxLength(8);
            e.Property(m => m.Sentiment).HasConversion<int>();
            e.Property(m => m.Intent).HasConversion<int>();
            e.Property(m => m.Risk).HasConversion<int>();

            // Idempotent storage (invariant 1): a re-delivered post is recognised by this key.
            e.HasIndex(m => new { m.WorkspaceId, m.SourceKind, m.ExternalId }).IsUnique();
            e.HasIndex(m => new { m.WorkspaceId, m.Id });
            e.HasIndex(m => new { m.WorkspaceId, m.PublishedAt });
            e.HasOne(m => m.Author).WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(m => m.Topics).WithOne().HasForeignKey(t => t.MentionId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MentionTopic>(e =>
        {
            e.ToTable("MentionTopics");
            e.HasKey(t => new { t.MentionId, t.TopicId });
            e.HasIndex(t => new { t.TopicId, t.MentionId });
            e.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<MentionCorrection>(e =>
        {
            e.ToTable("MentionCorrections");
            e.Property(c => c.Field).HasMaxLength(16);
            e.Property(c => c.FromValue).HasMaxLength(16);
            e.Property(c => c.ToValue).HasMaxLength(16);
            e.Property(c => c.CorrectedByName).HasMaxLength(256);
            e.HasIndex(c => new { c.WorkspaceId, c.CreatedAt });
            e.HasIndex(c => c.MentionId);
            e.HasOne<Mention>().WithMany().HasForeignKey(c => c.MentionId).OnDelete(DeleteBehavior.Cascade);

            // A deleted user's corrections stay, with the name they had.
            e.HasOne<PantauUser>().WithMany().HasForeignKey(c => c.CorrectedBy).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<WorkspaceMember>(e =>
        {
            e.ToTable("WorkspaceMembers");
            e.HasKey(m => new { m.WorkspaceId, m.UserId });
            e.HasIndex(m => m.UserId);
            e.Property(m => m.Role).HasConversion<int>();
            e.HasOne<Workspace>().WithMany().HasForeignKey(m => m.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<PantauUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ApiKey>(e =>
        {
            e.ToTable("ApiKeys");
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Prefix).HasMaxLength(32);
            e.Property(k => k.Hash).HasMaxLength(128);
            e.Property(k => k.Role).HasConversion<int>();
            e.HasIndex(k => k.Hash).IsUnique();
            e.HasOne<Workspace>().WithMany().HasForeignKey(k => k.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PantauUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Culture).HasMaxLength(8);
        });
    }
}
