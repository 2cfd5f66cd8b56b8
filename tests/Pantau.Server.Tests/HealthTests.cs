using System.Net;

namespace Pantau.Server.Tests;

public sealed class HealthTests(PantauFactoryFixture fixture) : IClassFixture<PantauFactoryFixture>
{
    [Fact]
    public async Task Liveness_and_readiness_answer_ok_once_started()
    {
        var client = fixture.Factory.CreateClient();
        await fixture.Factory.ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_api_needs_a_key_or_a_login()
    {
        var client = fixture.Factory.CreateClient();
        await fixture.Factory.ReadyAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/workspaces", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_api_key_is_refused()
    {
        var client = fixture.Factory.CreateClient();
        await fixture.Factory.ReadyAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", "pantau_not-a-real-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/workspaces", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task A_login_form_post_without_the_antiforgery_token_is_refused()
    {
        var client = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await fixture.Factory.ReadyAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "admin@pantau.local", ["password"] = PantauFactory.AdminPassword });
        var response = await client.PostAsync("/account/login", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".Pantau.Auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var client = fixture.Factory.CreateClient();
        await fixture.Factory.ReadyAsync();
        var document = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Contains("/api/v1/workspaces/{workspaceId}/mentions", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/workspaces/{workspaceId}/topics", document, StringComparison.Ordinal);
    }
}

/// <summary>One server per test class.</summary>
public sealed class PantauFactoryFixture : IAsyncDisposable
{
    public PantauFactory Factory { get; } = new();

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
