using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Accounts;

/// <summary>Creates and verifies API keys. A key is shown once at creation; only its SHA-256 hash is stored.</summary>
public sealed class ApiKeys(IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    public const string KeyPrefix = "pantau_";

    public async Task<(ApiKey Key, string Secret)> CreateAsync(Guid workspaceId, string name, WorkspaceRole role, CancellationToken cancellationToken)
    {
        var secret = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            WorkspaceId = workspaceId,
            Name = name,
            Prefix = secret[..(KeyPrefix.Length + 6)],
            Hash = Hash(secret),
            Role = role,
            CreatedAt = clock.GetUtcNow(),
        };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return (key, secret);
    }

    /// <summary>The key's record when the secret is valid and not revoked.</summary>
    public async Task<ApiKey?> VerifyAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(KeyPrefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return null;
        }

        var hash = Hash(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken);
        return key;
    }

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
