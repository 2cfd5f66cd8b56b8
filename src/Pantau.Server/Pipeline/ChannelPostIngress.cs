using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Server.Pipeline;

/// <summary>The in-process pipeline entry: a bounded channel, so a fast source waits instead of filling memory.</summary>
public sealed class ChannelPostIngress(IOptions<PipelineOptions> options, TimeProvider clock) : IPostIngress
{
    private readonly Channel<IngestBatch> _channel = Channel.CreateBounded<IngestBatch>(new BoundedChannelOptions(options.Value.Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    public ChannelReader<IngestBatch> Reader => _channel.Reader;

    public async ValueTask<IngestTicket> SubmitAsync(Guid workspaceId, Guid sourceId, IReadOnlyList<RawPost> posts, CancellationToken cancellationToken)
    {
        var batch = new IngestBatch(workspaceId, sourceId, posts, clock.GetTimestamp());
        await _channel.Writer.WriteAsync(batch, cancellationToken);
        return new IngestTicket(batch.Stored);
    }
}
