using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Demo;
using Pantau.Connectors.Runtime;
using Pantau.Connectors.Webhooks;
using Pantau.Core.Enrichment;
using Pantau.Data;
using Pantau.Data.Entities;
using Pantau.Data.Storage;
using Pantau.Server.Accounts;
using Pantau.Server.Alerts;
using Pantau.Server.Care;
using Pantau.Server.Care.Settings;
using Pantau.Server.Care.Webhooks;
using Pantau.Server.Contacts;
using Pantau.Server.Demo;
using Pantau.Server.Enrichment;
using Pantau.Server.Feeds;
using Pantau.Server.Localization;
using Pantau.Server.Mentions;
using Pantau.Server.Pipeline;
using Pantau.Server.Reports;
using Pantau.Server.Sources;
using Pantau.Server.Topics;

namespace Pantau.Server.Hosting;

public static class ApplicationServices
{
    /// <summary>Everything Pantau needs that does not depend on serving HTTP: storage, accounts, use cases.</summary>
    public static IServiceCollection AddPantauCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddPantauStorage();

        // Keys live beside the database, not in it: a database dump or backup alone does not reveal source secrets.
        services.AddDataProtection().SetApplicationName("Pantau");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, IConfiguration, ILoggerFactory>((options, storage, config, logging) =>
        {
            var folder = config["DataProtection:KeysDirectory"] is { Length: > 0 } keys ? keys : Path.Combine(storage.Value.DataDirectory, "keys");
            options.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(folder), logging);
        });

        services.AddIdentityCore<PantauUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PantauDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Workspaces>();
        services.AddScoped<UserAccounts>();
        services.AddSingleton<ApiKeys>();
        services.AddSingleton<WorkspaceAccess>();
        services.AddSingleton<DemoWorkspaceSeeder>();
        services.AddCareSettings();
        services.AddScoped<AdminBootstrap>();
        return services;
    }

    /// <summary>The server: pipeline, sources, API, UI.</summary>
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        services.AddHostedService<StartupWork>();
        services.AddPantauCore();

        services.AddOptions<PipelineOptions>().BindConfiguration(PipelineOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Readiness>();
        services.AddSingleton<TopicCatalog>();
        services.AddSingleton<QueryPreview>();
        services.AddOptions<EnrichmentOptions>().BindConfiguration(EnrichmentOptions.Section);
        services.AddSingleton<EnrichmentModelStore>();
        services.AddSingleton<IEnricher>(sp => sp.GetRequiredService<EnrichmentModelStore>());
        services.AddSingleton<RecentPostKeys>();
        services.AddSingleton<UnmatchedPostSample>();
        services.AddSingleton<PostProcessor>();
        services.AddSingleton<PipelineMetrics>();
        services.AddSingleton<ChannelPostIngress>();
        services.AddSingleton<IPostIngress>(sp => sp.GetRequiredService<ChannelPostIngress>());
        services.AddSingleton<MentionFeed>();
        services.AddSingleton<MentionMapper>();
        services.AddSingleton<MentionReader>();
        services.AddSingleton<Exports.MentionExport>();
        services.AddSingleton<MentionCorrector>();
        services.AddSingleton<CorrectionReader>();

        services.AddSingleton<ISourceConnector, DemoConnector>();
        services.AddSingleton<ISourceConnector, WebhookConnector>();
        services.AddSingleton<ConnectorRegistry>();
        services.AddSingleton<SourceRunner>();
        services.AddSingleton<SourceSecrets>();
        services.AddSingleton<SourceSupervisor>();
        services.AddSingleton<SourceEditor>();
        services.AddSingleton<TopicEditor>();
        services.AddFeeds();
        services.AddSingleton<FeedSources>();
        services.AddCareWebhooksAndCsat();
        services.AddContacts();

        services.AddCare();
        services.AddAlerts();
        services.AddReports();
        services.AddHostedService<PipelineService>();
        services.AddHostedService(sp => sp.GetRequiredService<SourceSupervisor>());

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = PantauAuth.Scheme;
                options.DefaultChallengeScheme = PantauAuth.Scheme;
            })
            .AddPolicyScheme(PantauAuth.Scheme, "Cookie or API key", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(PantauAuth.ConfigureCookie);
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();

        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddPantauLocalization();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpContextAccessor();
        return services;
    }

    /// <summary>
    /// Runs <see cref="StartupInitializer"/> in a scope, in the background: the web server starts listening at the
    /// same time (answering 503 until ready), and the pipeline and sources wait for <see cref="Readiness"/>.
    /// A failure stops Pantau with exit code 1.
    /// </summary>
    private sealed class StartupWork(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<StartupWork> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Yield();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await ActivatorUtilities.CreateInstance<StartupInitializer>(scope.ServiceProvider).StartAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                logger.LogCritical(exception, "Pantau could not start: {Reason}", exception.GetBaseException().Message);
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }
        }
    }
}
