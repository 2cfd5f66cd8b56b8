using Microsoft.Extensions.Options;
using Pantau.Connectors.Abstractions;
using Pantau.Connectors.Feeds;
using Pantau.Connectors.Feeds.Discovery;
using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Server.Feeds;

public static class FeedServices
{
    /// <summary>The feed connector, discovery, OPML and WebSub, sharing one fetcher (one connection pool, one per-host limit).</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new FeedFetcher(sp.GetRequiredService<IOptions<FeedOptions>>().Value.FetchOptions, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new PollSchedule(sp.GetRequiredService<IOptions<FeedOptions>>().Value.PollingOptions));
        services.AddSingleton<FeedConnector>();
        services.AddSingleton<ISourceConnector>(sp => sp.GetRequiredService<FeedConnector>());
        services.AddSingleton(sp => new FeedDiscovery(sp.GetRequiredService<FeedFetcher>()));
        services.AddSingleton<FeedSubscriptions>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedSubscriptions>());
        return services;
    }
}
