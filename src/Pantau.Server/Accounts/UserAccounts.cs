using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Accounts;

/// <summary>Adds users and their workspace roles (the CLI's <c>user add</c> and the first-start admin).</summary>
public sealed class UserAccounts(UserManager<PantauUser> users, IDbContextFactory<PantauDbContext> contexts, TimeProvider clock)
{
    /// <returns>The user, and the password when one was generated here (to be shown once).</returns>
    public async Task<(PantauUser User, string? GeneratedPassword)> AddOrUpdateAsync(
        string email, string? password, WorkspaceRole role, IEnumerable<Guid> workspaceIds, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        string? generated = null;
        if (user is null)
        {
            if (string.IsNullOrEmpty(password))
            {
                password = generated = GeneratePassword();
            }

            user = new PantauUser { Id = Guid.CreateVersion7(clock.GetUtcNow()), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }
        }
        else if (!string.IsNullOrEmpty(password))
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            if (!reset.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", reset.Errors.Select(e => e.Description)));
            }
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var workspaceId in workspaceIds.Distinct())
        {
            var member = await db.WorkspaceMembers.FirstOrDefaultAsync(m => m.UserId == user.Id && m.WorkspaceId == workspaceId, cancellationToken);
            if (member is null)
            {
                db.WorkspaceMembers.Add(new WorkspaceMember { UserId = user.Id, WorkspaceId = workspaceId, Role = role });
            }
            else
            {
                member.Role = role;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return (user, generated);
    }

    /// <summary>20 characters from an alphabet without look-alikes, always with upper, lower, digit and symbol.</summary>
    public static string GeneratePassword()
    {
        const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string Lower = "abcdefghijkmnopqrstuvwxyz";
        const string Digits = "23456789";
        const string Symbols = "-_.!@#%+";
        var all = Upper + Lower + Digits + Symbols;
        var chars = new char[20];
        chars[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[3] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }
}
