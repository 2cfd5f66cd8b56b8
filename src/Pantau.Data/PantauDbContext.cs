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
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseTopic> CaseTopics => Set<CaseTopic>();
    public DbSet<CaseTag> CaseTags => Set<CaseTag>();
    public DbSet<CaseEntry> CaseEntries => Set<CaseEntry>();
    public DbSet<SlaEvent> SlaEvents => Set<SlaEvent>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<RoutingRuleRow> RoutingRules => Set<RoutingRuleRow>();
    public DbSet<CareSettings> CareSettings => Set<CareSettings>();
    public DbSet<CannedResponse> CannedResponses => Set<CannedResponse>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<ContactTag> ContactTags => Set<ContactTag>();
    public DbSet<CsatSurvey> CsatSurveys => Set<CsatSurvey>();
    public DbSet<CareWebhook> CareWebhooks => Set<CareWebhook>();
    public DbSet<CareWebhookDelivery> CareWebhookDeliveries => Set<CareWebhookDelivery>();
    public DbSet<SavedView> SavedViews => Set<SavedView>();
    public DbSet<ProcessingCursor> ProcessingCursors => Set<ProcessingCursor>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<StoryMember> StoryMembers => Set<StoryMember>();
    public DbSet<AlertRuleRow> AlertRules => Set<AlertRuleRow>();
    public DbSet<AuthorList> AuthorLists => Set<AuthorList>();
    public DbSet<Alert> Alerts => Set<Alert>();
    public DbSet<AlertMention> AlertMentions => Set<AlertMention>();
    public DbSet<AlertChannel> AlertChannels => Set<AlertChannel>();
    public DbSet<AlertDelivery> AlertDeliveries => Set<AlertDelivery>();
    public DbSet<AlertSettings> AlertSettings => Set<AlertSettings>();
    public DbSet<TopicVolumeHour> TopicVolumeHours => Set<TopicVolumeHour>();
    public DbSet<Crisis> Crises => Set<Crisis>();
    public DbSet<CrisisLogEntry> CrisisLog => Set<CrisisLogEntry>();
    public DbSet<CrisisCase> CrisisCases => Set<CrisisCase>();

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
            e.Property(a => a.AvatarUrl).HasMaxLength(2000);
            e.Property(a => a.ProfileUrl).HasMaxLength(2000);
            e.Property(a => a.Bio).HasMaxLength(2000);
            e.Property(a => a.Email).HasMaxLength(320);
            e.HasIndex(a => new { a.WorkspaceId, a.Network, a.Handle }).IsUnique();
            e.HasIndex(a => a.ContactId);
            e.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.SetNull);
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
            e.Property(m => m.ConversationId).HasMaxLength(300);
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

        ConfigureCare(builder);
        ConfigureAlerts(builder);

        builder.Entity<PantauUser>(e =>
        {
            e.Property(u => u.DisplayName).HasMaxLength(200);
            e.Property(u => u.Culture).HasMaxLength(8);
        });
    }

    private static void ConfigureCare(ModelBuilder builder)
    {
        builder.Entity<Case>(e =>
        {
            e.ToTable("Cases");
            e.Property(c => c.SourceKind).HasMaxLength(32);
            e.Property(c => c.Network).HasMaxLength(32);
            e.Property(c => c.ThreadKey).HasMaxLength(300);
            e.Property(c => c.Excerpt).HasMaxLength(500);
            e.Property(c => c.Language).HasMaxLength(8);
            e.Property(c => c.Status).HasConversion<int>();
            e.Property(c => c.Priority).HasConversion<int>();
            e.Property(c => c.Sentiment).HasConversion<int>();
            e.Property(c => c.Intent).HasConversion<int>();
            e.Property(c => c.Risk).HasConversion<int>();
            e.Property(c => c.SlaDueMetric).HasConversion<int?>();
            e.Property(c => c.Version).IsConcurrencyToken();
            e.HasIndex(c => new { c.WorkspaceId, c.Number }).IsUnique();

            // The inbox walks a workspace's cases in priority order (score down, then oldest id) and stops after a page:
            // no sort of the whole queue, whatever the filters; the status and the other filters are checked on the way.
            e.HasIndex(c => new { c.WorkspaceId, c.PriorityScore, c.Id }).IsDescending(false, true, false);
            e.HasIndex(c => new { c.WorkspaceId, c.LastCustomerMessageAt, c.Id });
            e.HasIndex(c => new { c.WorkspaceId, c.AssigneeId, c.Status });
            e.HasIndex(c => new { c.WorkspaceId, c.ThreadKey });
            e.HasIndex(c => new { c.WorkspaceId, c.AuthorId, c.Status });
            e.HasIndex(c => new { c.WorkspaceId, c.ContactId });
            e.HasIndex(c => new { c.WorkspaceId, c.SlaDueAt });
            e.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Topics).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CaseTopic>(e =>
        {
            e.ToTable("CaseTopics");
            e.HasKey(t => new { t.CaseId, t.TopicId });
            e.HasIndex(t => new { t.TopicId, t.CaseId });
            e.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CaseTag>(e =>
        {
            e.ToTable("CaseTags");
            e.Property(t => t.Tag).HasMaxLength(64);
            e.HasKey(t => new { t.CaseId, t.Tag });
            e.HasIndex(t => new { t.WorkspaceId, t.Tag });
        });

        builder.Entity<CaseEntry>(e =>
        {
            e.ToTable("CaseEntries");
            e.Property(x => x.Kind).HasConversion<int>();
            e.Property(x => x.ReplyState).HasConversion<int?>();
            e.Property(x => x.ActorName).HasMaxLength(200);
            e.Property(x => x.Text).HasMaxLength(10000);
            e.Property(x => x.DataJson).HasMaxLength(4000);
            e.Property(x => x.ExternalId).HasMaxLength(200);
            e.Property(x => x.Url).HasMaxLength(2000);
            e.Property(x => x.Error).HasMaxLength(1000);
            e.HasIndex(x => new { x.CaseId, x.Id });
            e.HasIndex(x => x.MentionId);

            // A customer answering an agent's reply names the reply's id: this finds the case.
            e.HasIndex(x => new { x.WorkspaceId, x.ExternalId });
            e.HasIndex(x => new { x.ReplyState, x.NextAttemptAt });
            e.HasIndex(x => new { x.WorkspaceId, x.At });
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SlaEvent>(e =>
        {
            e.ToTable("SlaEvents");
            e.Property(x => x.Key).HasMaxLength(200);
            e.Property(x => x.Metric).HasConversion<int>();
            e.HasIndex(x => x.Key).IsUnique();
            e.HasIndex(x => new { x.WorkspaceId, x.At });
            e.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Team>(e =>
        {
            e.ToTable("Teams");
            e.Property(t => t.Name).HasMaxLength(200);
            e.HasIndex(t => new { t.WorkspaceId, t.Name }).IsUnique();
            e.HasOne<Workspace>().WithMany().HasForeignKey(t => t.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TeamMember>(e =>
        {
            e.ToTable("TeamMembers");
            e.HasKey(m => new { m.TeamId, m.UserId });
            e.HasIndex(m => new { m.WorkspaceId, m.UserId });
            e.HasOne<Team>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<PantauUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<RoutingRuleRow>(e =>
        {
            e.ToTable("RoutingRules");
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.ConditionJson).HasMaxLength(8000);
            e.HasIndex(r => new { r.WorkspaceId, r.Order });
            e.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CareSettings>(e =>
        {
            e.ToTable("CareSettings");
            e.HasKey(s => s.WorkspaceId);
            e.Property(s => s.TimeZone).HasMaxLength(64);
            e.Property(s => s.OpeningHoursJson).HasMaxLength(4000);
            e.Property(s => s.Holidays).HasMaxLength(100_000);
            e.HasOne<Workspace>().WithOne().HasForeignKey<CareSettings>(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CannedResponse>(e =>
        {
            e.ToTable("CannedResponses");
            e.Property(c => c.Title).HasMaxLength(200);
            e.Property(c => c.Shortcut).HasMaxLength(64);
            e.Property(c => c.Language).HasMaxLength(8);
            e.Property(c => c.Body).HasMaxLength(5000);
            e.HasIndex(c => new { c.WorkspaceId, c.Shortcut, c.Language }).IsUnique();
            e.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Contact>(e =>
        {
            e.ToTable("Contacts");
            e.Property(c => c.DisplayName).HasMaxLength(200);
            e.Property(c => c.Email).HasMaxLength(320);
            e.Property(c => c.CustomerId).HasMaxLength(200);
            e.Property(c => c.Notes).HasMaxLength(10000);
            e.Property(c => c.CustomFieldsJson).HasMaxLength(10000);
            e.HasIndex(c => new { c.WorkspaceId, c.Email });
            e.HasIndex(c => new { c.WorkspaceId, c.CustomerId });
            e.HasIndex(c => new { c.WorkspaceId, c.DisplayName });
            e.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ContactTag>(e =>
        {
            e.ToTable("ContactTags");
            e.Property(t => t.Tag).HasMaxLength(64);
            e.HasKey(t => new { t.ContactId, t.Tag });
            e.HasIndex(t => new { t.WorkspaceId, t.Tag });
        });

        builder.Entity<CsatSurvey>(e =>
        {
            e.ToTable("CsatSurveys");
            e.Property(s => s.Token).HasMaxLength(64);
            e.Property(s => s.Comment).HasMaxLength(2000);
            e.HasIndex(s => s.Token).IsUnique();
            e.HasIndex(s => new { s.WorkspaceId, s.SentAt });
            e.HasIndex(s => s.CaseId);
            e.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CareWebhook>(e =>
        {
            e.ToTable("CareWebhooks");
            e.Property(w => w.Url).HasMaxLength(2000);
            e.Property(w => w.ProtectedSecret).HasMaxLength(2000);
            e.Property(w => w.Events).HasMaxLength(1000);
            e.HasIndex(w => w.WorkspaceId);
            e.HasOne<Workspace>().WithMany().HasForeignKey(w => w.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CareWebhookDelivery>(e =>
        {
            e.ToTable("CareWebhookDeliveries");
            e.Property(d => d.EventType).HasMaxLength(64);
            e.Property(d => d.EventId).HasMaxLength(64);
            e.Property(d => d.PayloadJson).HasMaxLength(100_000);
            e.Property(d => d.LastError).HasMaxLength(1000);
            e.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
            e.HasIndex(d => new { d.WebhookId, d.Id });
            e.HasOne<CareWebhook>().WithMany().HasForeignKey(d => d.WebhookId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<SavedView>(e =>
        {
            e.ToTable("SavedViews");
            e.Property(v => v.Name).HasMaxLength(100);
            e.Property(v => v.FilterJson).HasMaxLength(4000);
            e.HasIndex(v => new { v.WorkspaceId, v.UserId });
            e.HasOne<Workspace>().WithMany().HasForeignKey(v => v.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ProcessingCursor>(e =>
        {
            e.ToTable("ProcessingCursors");
            e.HasKey(c => c.Name);
            e.Property(c => c.Name).HasMaxLength(100);
        });
    }

    private static void ConfigureAlerts(ModelBuilder builder)
    {
        builder.Entity<Story>(e =>
        {
            e.ToTable("Stories");
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.Headline).HasMaxLength(300);
            e.HasIndex(s => new { s.WorkspaceId, s.LastSeenAt });
            e.HasOne<Workspace>().WithMany().HasForeignKey(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(s => s.Members).WithOne().HasForeignKey(m => m.StoryId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<StoryMember>(e =>
        {
            e.ToTable("StoryMembers");
            e.HasKey(m => m.MentionId);
            e.Property(m => m.MentionId).ValueGeneratedNever();
            e.Property(m => m.JoinedBy).HasMaxLength(16);
            e.HasIndex(m => new { m.StoryId, m.At });
        });

        builder.Entity<AlertRuleRow>(e =>
        {
            e.ToTable("AlertRules");
            e.Property(r => r.Name).HasMaxLength(200);
            e.Property(r => r.ConditionJson).HasMaxLength(10_000);
            e.HasIndex(r => r.WorkspaceId);
            e.HasOne<Workspace>().WithMany().HasForeignKey(r => r.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AuthorList>(e =>
        {
            e.ToTable("AuthorLists");
            e.Property(l => l.Name).HasMaxLength(200);
            e.Property(l => l.Handles).HasMaxLength(200_000);
            e.HasIndex(l => new { l.WorkspaceId, l.Name }).IsUnique();
            e.HasOne<Workspace>().WithMany().HasForeignKey(l => l.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Alert>(e =>
        {
            e.ToTable("Alerts");
            e.Property(a => a.IncidentKey).HasMaxLength(200);
            e.Property(a => a.FactsJson).HasMaxLength(10_000);
            e.Property(a => a.Title).HasMaxLength(500);
            e.Property(a => a.AcknowledgedBy).HasMaxLength(200);
            e.Property(a => a.ResolvedBy).HasMaxLength(200);
            e.Property(a => a.Status).HasConversion<int>();
            e.HasIndex(a => new { a.WorkspaceId, a.Number }).IsUnique();
            e.HasIndex(a => new { a.WorkspaceId, a.IncidentKey, a.EndedAt });
            e.HasIndex(a => new { a.WorkspaceId, a.Status, a.LastFiredAt });
            e.HasOne<Workspace>().WithMany().HasForeignKey(a => a.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AlertMention>(e =>
        {
            e.ToTable("AlertMentions");
            e.HasKey(m => new { m.AlertId, m.MentionId });
            e.HasOne<Alert>().WithMany().HasForeignKey(m => m.AlertId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AlertChannel>(e =>
        {
            e.ToTable("AlertChannels");
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.Kind).HasMaxLength(16);
            e.Property(c => c.Address).HasMaxLength(2000);
            e.Property(c => c.ProtectedSecret).HasMaxLength(2000);
            e.Property(c => c.QuietHoursJson).HasMaxLength(1000);
            e.HasIndex(c => c.WorkspaceId);
            e.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AlertDelivery>(e =>
        {
            e.ToTable("AlertDeliveries");
            e.Property(d => d.Reason).HasMaxLength(16);
            e.Property(d => d.LastError).HasMaxLength(1000);
            e.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
            e.HasIndex(d => new { d.WorkspaceId, d.Id });
            e.HasIndex(d => d.AlertId);
            e.HasOne<AlertChannel>().WithMany().HasForeignKey(d => d.ChannelId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Alert>().WithMany().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AlertSettings>(e =>
        {
            e.ToTable("AlertSettings");
            e.HasKey(s => s.WorkspaceId);
            e.Property(s => s.EscalationJson).HasMaxLength(4000);
            e.Property(s => s.DigestRecipients).HasMaxLength(4000);
            e.Property(s => s.Language).HasMaxLength(8);
            e.HasOne<Workspace>().WithOne().HasForeignKey<AlertSettings>(s => s.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<TopicVolumeHour>(e =>
        {
            e.ToTable("TopicVolumeHours");
            e.HasKey(v => new { v.TopicId, v.HourStart, v.Sentiment });
            e.HasOne<Topic>().WithMany().HasForeignKey(v => v.TopicId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Crisis>(e =>
        {
            e.ToTable("Crises");
            e.Property(c => c.Title).HasMaxLength(300);
            e.Property(c => c.OwnerName).HasMaxLength(200);
            e.Property(c => c.TopicIds).HasMaxLength(4000);
            e.Property(c => c.HoldingStatement).HasMaxLength(10_000);
            e.Property(c => c.StatementApprovedBy).HasMaxLength(200);
            e.Property(c => c.Status).HasConversion<int>();
            e.Property(c => c.StatementStatus).HasConversion<int>();
            e.HasIndex(c => new { c.WorkspaceId, c.Number }).IsUnique();
            e.HasOne<Workspace>().WithMany().HasForeignKey(c => c.WorkspaceId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(c => c.Log).WithOne().HasForeignKey(l => l.CrisisId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<CrisisLogEntry>(e =>
        {
            e.ToTable("CrisisLog");
            e.Property(l => l.By).HasMaxLength(200);
            e.Property(l => l.Kind).HasMaxLength(32);
            e.Property(l => l.Text).HasMaxLength(10_000);
            e.HasIndex(l => new { l.CrisisId, l.At });
        });

        builder.Entity<CrisisCase>(e =>
        {
            e.ToTable("CrisisCases");
            e.HasKey(c => new { c.CrisisId, c.CaseId });
            e.HasOne<Crisis>().WithMany().HasForeignKey(c => c.CrisisId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
