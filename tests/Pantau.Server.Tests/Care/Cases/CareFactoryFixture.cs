using Microsoft.Extensions.DependencyInjection;
using Pantau.Connectors.Abstractions;

namespace Pantau.Server.Tests.Care.Cases;

/// <summary>A server with a source kind that can reply, and a fast SLA monitor.</summary>
public sealed class CareFactoryFixture : IAsyncLifetime
{
    public ReplyingTestConnector Connector { get; } = new();

    public PantauFactory Factory { get; private set; } = default!;

    public ValueTask InitializeAsync()
    {
        Factory = new PantauFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Care:MonitorInterval"] = "00:00:00.200",
                ["Care:ReplyRetryDelay"] = "00:00:00.050",
            },
            ConfigureServices = services => services.AddSingleton<ISourceConnector>(Connector),
        };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
