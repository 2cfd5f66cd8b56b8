using Pantau.Testing.Feeds;
using Pantau.Connectors.Feeds.Fetching;

namespace Pantau.Connectors.Tests.Feeds.Fetching;

public sealed class SsrfGuardTests : IAsyncLifetime
{
    private LocalFeedHost _host = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _host = await LocalFeedHost.StartAsync(Ct);
        _host.MapText("/feed", "application/rss+xml", "<rss/>");
    }

    public async ValueTask DisposeAsync() => await _host.DisposeAsync();

    private static FeedFetcher Fetcher(params string[] allowed) =>
        new(new FeedFetchOptions { AllowedHosts = allowed }, TimeProvider.System);

    [Fact]
    public async Task Loopback_by_address_is_blocked_by_default_before_any_request()
    {
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/feed"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Blocked, error.Kind);
        Assert.Equal("blocked: 127.0.0.1 is a loopback address; an admin can allow this host", error.Message);
        Assert.Equal(0, _host.RequestCount("/feed"));
    }

    [Fact]
    public async Task Localhost_by_name_is_blocked_by_default_and_the_message_names_the_address()
    {
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(LocalhostUrl("/feed"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Blocked, error.Kind);
        Assert.Matches(@"^blocked: localhost resolves to (127\.0\.0\.1|::1), a loopback address; an admin can allow this host$", error.Message);
        Assert.Equal(0, _host.RequestCount("/feed"));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:{port}")]
    public async Task An_allow_listed_address_is_fetched(string entry)
    {
        using var fetcher = Fetcher(entry.Replace("{port}", _host.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        var response = await fetcher.FetchAsync(_host.For("/feed"), null, Ct);

        Assert.Equal(FeedFetchStatus.Ok, response.Status);
    }

    [Fact]
    public async Task An_allow_listed_name_is_fetched_and_case_does_not_matter()
    {
        using var fetcher = Fetcher("LocalHost");

        var response = await fetcher.FetchAsync(LocalhostUrl("/feed"), null, Ct);

        Assert.Equal(FeedFetchStatus.Ok, response.Status);
    }

    [Fact]
    public async Task An_allow_list_entry_with_another_port_does_not_allow_this_one()
    {
        using var fetcher = Fetcher("127.0.0.1:1");

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/feed"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Blocked, error.Kind);
    }

    [Fact]
    public async Task An_allowed_host_cannot_redirect_to_a_loopback_name_that_is_not_allowed()
    {
        _host.MapRedirect("/jump", 302, LocalhostUrl("/feed").ToString());
        using var fetcher = Fetcher(_host.Authority);

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/jump"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Blocked, error.Kind);
        Assert.Contains("localhost", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _host.RequestCount("/jump"));
        Assert.Equal(0, _host.RequestCount("/feed"));
    }

    [Theory]
    [InlineData("http://[::1]:{port}/feed", "blocked: ::1 is a loopback address; an admin can allow this host")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/feed", "blocked: ::ffff:127.0.0.1 is a loopback address; an admin can allow this host")]
    [InlineData("http://0.0.0.0:{port}/feed", "blocked: 0.0.0.0 is an unspecified (this-host) address; an admin can allow this host")]
    [InlineData("http://2130706433:{port}/feed", "blocked: 127.0.0.1 is a loopback address; an admin can allow this host")]
    public async Task Literal_addresses_in_any_spelling_are_checked_like_names(string url, string message)
    {
        // No allow-list: Uri normalises "2130706433" to 127.0.0.1, which an entry for 127.0.0.1 would rightly allow.
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() =>
            fetcher.FetchAsync(new Uri(url.Replace("{port}", _host.BaseUri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), null, Ct));

        Assert.Equal(FeedFetchErrorKind.Blocked, error.Kind);
        Assert.Equal(message, error.Message);
        Assert.Equal(0, _host.RequestCount("/feed"));
    }

    [Theory]
    [InlineData("ftp://example.com/feed")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://user:secret@example.com/feed")]
    public async Task Other_schemes_and_user_info_are_refused_up_front(string url)
    {
        using var fetcher = Fetcher();

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(new Uri(url), null, Ct));

        Assert.Equal(FeedFetchErrorKind.InvalidUrl, error.Kind);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_refused()
    {
        _host.MapRedirect("/jump", 301, "file:///etc/passwd");
        using var fetcher = Fetcher(_host.Authority);

        var error = await Assert.ThrowsAsync<FeedFetchException>(() => fetcher.FetchAsync(_host.For("/jump"), null, Ct));

        Assert.Equal(FeedFetchErrorKind.InvalidUrl, error.Kind);
    }

    private Uri LocalhostUrl(string path) => new($"http://localhost:{_host.BaseUri.Port}{path}");
}
