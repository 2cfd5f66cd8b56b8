using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pantau.Server.Tests.Alerts.Delivery;

/// <summary>One message a <see cref="FakeSmtpServer"/> accepted: the envelope and the DATA as sent (dot-stuffing undone).</summary>
public sealed record SmtpReceived(string From, IReadOnlyList<string> To, string Data);

/// <summary>
/// A minimal SMTP server on 127.0.0.1 (RFC 5321 without TLS or AUTH): EHLO, MAIL, RCPT, DATA, RSET, NOOP, QUIT. Replies to
/// RCPT and to the end of DATA can be set to make the server refuse, temporarily (4xx) or for good (5xx).
/// </summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SmtpReceived> _received = new();
    private readonly Task _accepting;

    public FakeSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>The reply to every RCPT TO, e.g. "450 4.2.1 Mailbox busy"; null accepts.</summary>
    public string? RcptReply { get; set; }

    /// <summary>The reply after the message's final dot, e.g. "554 5.7.1 Spam"; null accepts.</summary>
    public string? DataReply { get; set; }

    public IReadOnlyList<SmtpReceived> Received => [.. _received];

    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return; // already stopped
        }

        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client), _stop.Token);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false));
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 localhost ESMTP fake");
            string? from = null;
            var to = new List<string>();
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost\r\n250-8BITMIME\r\n250 SMTPUTF8");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        from = Address(line);
                        to.Clear();
                        await writer.WriteLineAsync("250 2.1.0 Ok");
                        break;
                    case "RCPT":
                        if (RcptReply is { } refuse)
                        {
                            await writer.WriteLineAsync(refuse);
                        }
                        else
                        {
                            to.Add(Address(line));
                            await writer.WriteLineAsync("250 2.1.5 Ok");
                        }

                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(_stop.Token) is { } dataLine && dataLine != ".")
                        {
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        }

                        if (DataReply is { } reply)
                        {
                            await writer.WriteLineAsync(reply);
                        }
                        else
                        {
                            _received.Enqueue(new SmtpReceived(from ?? "", [.. to], data.ToString()));
                            await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                        }

                        break;
                    case "RSET":
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 Ok");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognized");
                        break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static string Address(string line)
    {
        var open = line.IndexOf('<', StringComparison.Ordinal);
        var close = line.IndexOf('>', StringComparison.Ordinal);
        return open >= 0 && close > open ? line[(open + 1)..close] : "";
    }
}
