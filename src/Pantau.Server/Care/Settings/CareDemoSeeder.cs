using Microsoft.EntityFrameworkCore;
using Pantau.Core.Care;
using Pantau.Data;
using Pantau.Data.Entities;

namespace Pantau.Server.Care.Settings;

/// <summary>
/// Care configuration for the demo workspace: an always-open calendar (someone trying the demo at night still sees
/// SLA clocks run) with short targets, the team "Tim Nusantel", canned responses in both languages and one routing
/// rule for refunds. Idempotent: what exists (settings row, team by name, response by shortcut and language, rule by
/// name) is left as it is.
/// </summary>
public sealed class CareDemoSeeder(IDbContextFactory<PantauDbContext> contexts, CarePolicies policies, TimeProvider clock, ILogger<CareDemoSeeder> logger)
{
    public const string TeamName = "Tim Nusantel";
    public const string RuleName = "Refund ke Tim Nusantel";

    internal static readonly (string Language, string Shortcut, string Title, string Body)[] Responses =
    [
        ("id", "maaf-jaringan", "Maaf, gangguan jaringan",
            "Halo {{customer.first_name | Kak}}, mohon maaf atas gangguan jaringan yang Kakak alami. Boleh kirimkan nomor Nusantel Kakak lewat DM agar kami cek langsung? Terima kasih. – {{agent.first_name}}"),
        ("id", "proses-refund", "Proses pengembalian dana",
            "Halo {{customer.first_name | Kak}}, pengembalian dana diproses 3–5 hari kerja setelah kami menerima nomor tiket {{case.number}}. Kami kabari lagi begitu dana dikirim. – {{agent.first_name}}"),
        ("id", "terima-kasih", "Terima kasih",
            "Terima kasih banyak, {{customer.first_name | Kak}}! Senang bisa membantu. Kalau ada kendala lagi, sapa kami kapan saja ya. – {{agent.first_name}}, {{workspace.name}}"),
        ("id", "tindak-lanjut", "Pertanyaan lanjutan",
            "Halo {{customer.first_name | Kak}}, supaya kami bisa bantu lebih cepat: sejak kapan kendalanya terjadi, dan di lokasi mana? (tiket {{case.number}})"),
        ("en", "network-sorry", "Sorry, network issues",
            "Hi {{customer.first_name | there}}, we're sorry about the network trouble. Could you send us your Nusantel number by DM so we can check it right away? Thank you. – {{agent.first_name}}"),
        ("en", "refund-process", "Refund process",
            "Hi {{customer.first_name | there}}, refunds are processed within 3–5 business days once we have ticket {{case.number}}. We'll let you know as soon as the money is on its way. – {{agent.first_name}}"),
        ("en", "thank-you", "Thank you",
            "Thank you so much, {{customer.first_name | there}}! Glad we could help. If anything else comes up, just reach out. – {{agent.first_name}}, {{workspace.name}}"),
        ("en", "follow-up", "Follow-up question",
            "Hi {{customer.first_name | there}}, to help you faster: since when has this been happening, and where are you? (ticket {{case.number}})"),
    ];

    public async Task SeedAsync(Guid workspaceId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!await db.CareSettings.AnyAsync(s => s.WorkspaceId == workspaceId, cancellationToken))
        {
            var settings = CarePolicies.Defaults(workspaceId);
            var allDay = new[] { new OpeningInterval(TimeSpan.Zero, TimeSpan.FromDays(1)) };
            settings.OpeningHoursJson = OpeningHours.ToJson(OpeningHours.Week.ToDictionary(day => day, _ => (IReadOnlyList<OpeningInterval>)allDay));
            settings.Holidays = "";
            settings.FirstResponseMinutes = 15;
            settings.NextResponseMinutes = 30;
            settings.ResolutionMinutes = 4 * 60;
            settings.UpdatedAt = now;
            db.CareSettings.Add(settings);
        }

        var team = await db.Teams.FirstOrDefaultAsync(t => t.WorkspaceId == workspaceId && t.Name == TeamName, cancellationToken);
        if (team is null)
        {
            team = new Team { Id = Guid.CreateVersion7(now), WorkspaceId = workspaceId, Name = TeamName, CreatedAt = now };
            db.Teams.Add(team);
        }

        var existing = await db.CannedResponses.Where(c => c.WorkspaceId == workspaceId).Select(c => new { c.Shortcut, c.Language }).ToListAsync(cancellationToken);
        foreach (var (language, shortcut, title, body) in Responses.Where(r => !existing.Any(e => e.Shortcut == r.Shortcut && e.Language == r.Language)))
        {
            db.CannedResponses.Add(new CannedResponse
            {
                Id = Guid.CreateVersion7(now), WorkspaceId = workspaceId, Title = title, Shortcut = shortcut, Language = language, Body = body,
                CreatedAt = now, UpdatedAt = now,
            });
        }

        if (!await db.RoutingRules.AnyAsync(r => r.WorkspaceId == workspaceId && r.Name == RuleName, cancellationToken))
        {
            var last = await db.RoutingRules.Where(r => r.WorkspaceId == workspaceId).MaxAsync(r => (int?)r.Order, cancellationToken) ?? 0;
            db.RoutingRules.Add(new RoutingRuleRow
            {
                Id = Guid.CreateVersion7(now), WorkspaceId = workspaceId, Name = RuleName, Order = last + 1, Enabled = true,
                ConditionJson = new RoutingConditionDto([], [], [], ["refund", "pengembalian dana"]).ToJson(),
                TeamId = team.Id, Method = (int)DistributionMethod.RoundRobin, CreatedAt = now,
            });
        }

        var added = await db.SaveChangesAsync(cancellationToken);
        if (added > 0)
        {
            policies.Invalidate(workspaceId);
            logger.LogInformation("Demo care settings: always open, 15/30/240 min targets, team {Team}, {Count} canned responses, a refund routing rule", TeamName, Responses.Length);
        }
    }
}
