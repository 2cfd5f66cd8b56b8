using Microsoft.Extensions.DependencyInjection;
using Pantau.Data.Entities;
using Pantau.Server.Accounts;

namespace Pantau.Server.Tests.Care.Settings;

/// <summary>Helpers for the care settings tests: users with a role in a workspace.</summary>
public static class CareSettingsFixture
{
    public static async Task<Guid> AddUserAsync(this PantauFactory factory, Guid workspaceId, WorkspaceRole role, string? name = null)
    {
        await factory.ReadyAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var email = $"{name ?? role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@pantau.test";
        var (user, _) = await accounts.AddOrUpdateAsync(email, "Care-Test-Password-1", role, [workspaceId], CancellationToken.None);
        return user.Id;
    }

    public static string CareApi(Guid workspaceId) => $"{Api.Workspace(workspaceId)}/care";
}
