using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Pantau.Connectors.Abstractions;
using Pantau.Core.Posts;

namespace Pantau.Connectors.Demo;

/// <summary>
/// Replays the bundled corpus with its recorded rhythm, <see cref="DemoSettings.Speed"/> times faster, and loops.
/// Each pass gives the posts new ids (<see cref="DemoPost.ToRawPost"/>) so a looping demo keeps producing new mentions, while a
/// resumed pass re-delivers exactly the ids it delivered before.
/// </summary>
/// <remarks>
/// Agents can reply (<see cref="IReplyConnector"/>), and the customer answers back after
/// <see cref="DemoSettings.ReplyAnswerDelay"/> with a scripted line (<see cref="DemoAnswerScript"/>). Unlike other connectors this
/// one holds state besides the cursor: each source's receipts and pending answers, in memory (the connector is one instance
/// for all demo sources). Answers are not part of the corpus position, so a restart forgets the answers not yet streamed;
/// that is acceptable for a demo.
/// </remarks>
public sealed class DemoConnector : IStreamConnector, IReplyConnector
{
    /// <summary>Largest batch handed to the pipeline at once; full-speed replay fills it, real-time replay rarely does.</summary>
    public const int MaxBatchSize = 1000;

    /// <summary>The longest reply on X.</summary>
    public const int XMaxLength = 280;

    /// <summary>The longest reply on every other network (Instagram's caption and comment limit).</summary>
    public const int DefaultMaxLength = 2200;

    private readonly TimeProvider _clock;
    private readonly DemoCorpus _corpus;
    private readonly ConcurrentDictionary<Guid, DemoReplies> _replies = new();

    public DemoConnector(TimeProvider clock)
        : this(clock, DemoCorpus.Instance)
    {
    }

    /// <summary>Replays another corpus; for tests, which need a small one with a known rhythm.</summary>
    internal DemoConnector(TimeProvider clock, DemoCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(corpus);
        _clock = clock;
        _corpus = corpus;
    }

    public string Kind => SourceKinds.Demo;

    /// <summary>
    /// Replays the corpus, and yields the customers' answers to agents' replies as batches of their own as soon as they are due,
    /// between the corpus's batches. An answer batch carries the corpus cursor unchanged. Waiting for the next corpus post also
    /// wakes for an answer that falls due or is scheduled meanwhile. Once the corpus is over (<see cref="DemoSettings.Loop"/> off,
    /// or an empty corpus) the stream stays open while answers are pending, and ends when none is left.
    /// </summary>
    public async IAsyncEnumerable<PostBatch> StreamAsync(SourceContext source, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var settings = DemoSettings.From(source.Settings);
        var position = DemoCursor.Parse(cursor);
        var replies = RepliesOf(source.SourceId);
        var posts = _corpus.Posts;

        while (posts.Count > 0 && !cancellationToken.IsCancellationRequested)
        {
            // Resuming mid-pass continues the rhythm from the post where it stopped.
            var passStartOffset = position.Next < posts.Count ? posts[position.Next].OffsetSeconds : 0;
            var replayStart = _clock.GetUtcNow();
            while (position.Next < posts.Count)
            {
                var now = _clock.GetUtcNow();
                var answers = replies.TakeDue(now);
                if (answers.Count > 0)
                {
                    yield return new PostBatch(answers, position.ToString(), TimeSpan.Zero);
                    continue;
                }

                var batch = new List<RawPost>();
                while (position.Next < posts.Count && batch.Count < MaxBatchSize)
                {
                    var post = posts[position.Next];
                    if (settings.Speed > 0 && replayStart + ReplayDelay(post.OffsetSeconds - passStartOffset, settings.Speed) > now)
                    {
                        break;
                    }

                    batch.Add(post.ToRawPost(position.Pass, now));
                    position = position with { Next = position.Next + 1 };
                }

                if (batch.Count > 0)
                {
                    yield return new PostBatch(batch, position.ToString(), TimeSpan.Zero);
                    continue;
                }

                // Whichever comes first: the next corpus post, an answer falling due, or a new reply being answered.
                var due = replayStart + ReplayDelay(posts[position.Next].OffsetSeconds - passStartOffset, settings.Speed);
                await replies.WaitAsync(due, _clock, cancellationToken);
            }

            if (!settings.Loop)
            {
                break;
            }

            position = new DemoCursor(position.Pass + 1, 0);
        }

        // The corpus is over: answer what is pending, then end (the runner reopens the stream, which answers later replies).
        while (!cancellationToken.IsCancellationRequested)
        {
            var answers = replies.TakeDue(_clock.GetUtcNow());
            if (answers.Count > 0)
            {
                yield return new PostBatch(answers, position.ToString(), TimeSpan.Zero);
                continue;
            }

            if (replies.NextDueAt() is not { } next)
            {
                yield break;
            }

            await replies.WaitAsync(next, _clock, cancellationToken);
        }
    }

    /// <summary>The most any demo network allows: public and private replies, up to <see cref="DefaultMaxLength"/>.</summary>
    public ReplyCapabilities ReplyCapabilities(SourceContext source) => new(Public: true, Private: true, DefaultMaxLength);

    /// <summary>Public replies everywhere; private ones (direct messages) on X, Facebook and Instagram; 280 characters on X, 2200 elsewhere.</summary>
    public ReplyCapabilities ReplyCapabilities(SourceContext source, string network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var directMessages = network is SourceKinds.X or SourceKinds.Facebook or SourceKinds.Instagram;
        return new(Public: true, Private: directMessages, network == SourceKinds.X ? XMaxLength : DefaultMaxLength);
    }

    /// <summary>
    /// Accepts a reply at once (there is no platform to call), remembers its receipt under its idempotency key and schedules
    /// the customer's answer. The receipt's id is <c>r~</c> and 8 hex digits of the key's SHA-256, the answer's that id and <c>~a</c>.
    /// </summary>
    /// <exception cref="ReplyRejectedException">Permanent: the text is empty or too long, the visibility is not offered on the network, or the source's settings are invalid.</exception>
    public Task<ReplyReceipt> ReplyAsync(SourceContext source, ReplyRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.IdempotencyKey, nameof(request));
        ArgumentException.ThrowIfNullOrEmpty(request.InReplyToExternalId, nameof(request));
        ArgumentException.ThrowIfNullOrEmpty(request.Network, nameof(request));
        ArgumentNullException.ThrowIfNull(request.Customer, nameof(request));
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<ReplyReceipt>(cancellationToken);
        }

        try
        {
            return Task.FromResult(Reply(source, request));
        }
        catch (ReplyRejectedException exception)
        {
            return Task.FromException<ReplyReceipt>(exception);
        }
    }

    private ReplyReceipt Reply(SourceContext source, ReplyRequest request)
    {
        DemoSettings settings;
        try
        {
            settings = DemoSettings.From(source.Settings);
        }
        catch (ArgumentException exception)
        {
            throw new ReplyRejectedException($"The demo source cannot reply until its settings are fixed: {exception.Message}", permanent: true);
        }

        Validate(request, ReplyCapabilities(source, request.Network));

        var sentAt = _clock.GetUtcNow();
        var id = "r~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(request.IdempotencyKey)), 0, 4);
        var receipt = new ReplyReceipt(
            id,
            DemoReplyLinks.Url(request.Network, request.Visibility, request.InReplyToExternalId, id, author: null, request.Customer.Handle),
            sentAt);

        var (text, language, _) = DemoAnswerScript.Choose(request.IdempotencyKey, request.Language);
        var answerId = id + "~a";
        var dueAt = sentAt + settings.ReplyAnswerDelay;
        var answer = new RawPost
        {
            SourceKind = SourceKinds.Demo,
            ExternalId = answerId,
            Network = request.Network,
            PublishedAt = dueAt,
            Text = text,
            Url = DemoReplyLinks.Url(request.Network, request.Visibility, id, answerId, request.Customer.Handle, request.Customer.Handle),
            Author = request.Customer,
            Language = language,
            InReplyToExternalId = id,
        };

        return RepliesOf(source.SourceId).Send(request.IdempotencyKey, receipt, new DemoPendingAnswer(dueAt, answer));
    }

    private static void Validate(ReplyRequest request, ReplyCapabilities capabilities)
    {
        // Messages name the limit, never the text: they are shown to the agent and may be logged.
        if (request.Visibility is not (ReplyVisibility.Public or ReplyVisibility.Private))
        {
            throw new ReplyRejectedException(string.Create(CultureInfo.InvariantCulture, $"Unknown reply visibility {(int)request.Visibility}."), permanent: true);
        }

        if (!capabilities.Allows(request.Visibility))
        {
            throw new ReplyRejectedException(
                request.Visibility == ReplyVisibility.Private
                    ? $"Private replies are not possible on {NetworkName(request.Network)}; reply publicly instead."
                    : $"Public replies are not possible on {NetworkName(request.Network)}.",
                permanent: true);
        }

        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw new ReplyRejectedException("The reply is empty; write something before sending it.", permanent: true);
        }

        var length = request.Text.EnumerateRunes().Count();
        if (length > capabilities.MaxLength)
        {
            throw new ReplyRejectedException(
                string.Create(CultureInfo.InvariantCulture, $"The reply is {length} characters long; replies on {NetworkName(request.Network)} can be at most {capabilities.MaxLength} characters."),
                permanent: true);
        }
    }

    private static string NetworkName(string network) => network switch
    {
        SourceKinds.X => "X",
        SourceKinds.Facebook => "Facebook",
        SourceKinds.Instagram => "Instagram",
        SourceKinds.YouTube => "YouTube",
        SourceKinds.Reddit => "Reddit",
        SourceKinds.Mastodon => "Mastodon",
        SourceKinds.Bluesky => "Bluesky",
        SourceKinds.Feed => "the blog",
        SourceKinds.Email => "the mailing list",
        _ => network,
    };

    private DemoReplies RepliesOf(Guid sourceId) => _replies.GetOrAdd(sourceId, static _ => new DemoReplies());

    private static TimeSpan ReplayDelay(double offsetSeconds, double speed) => TimeSpan.FromSeconds(Math.Max(0, offsetSeconds) / speed);
}
