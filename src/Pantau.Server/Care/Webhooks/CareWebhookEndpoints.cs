using Pantau.Data.Entities;
using Pantau.Server.Api;
using Pantau.Server.Care.Csat;

namespace Pantau.Server.Care.Webhooks;

public static class CareWebhookEndpoints
{
    /// <summary>Webhooks under <c>care/webhooks</c> (admins only) and the satisfaction summary under <c>care/csat</c>.</summary>
    public static void MapCareWebhooksAndCsat(this RouteGroupBuilder workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var webhooks = workspace.MapGroup("/care/webhooks").AddEndpointFilter(RequireAdmin);

        webhooks.MapGet("/", async (Guid workspaceId, CareWebhookEditor editor, CancellationToken ct) =>
            TypedResults.Ok(await editor.ListAsync(workspaceId, ct))).WithName("ListCareWebhooks");

        webhooks.MapPost("/", (Guid workspaceId, CareWebhookInput input, CareWebhookEditor editor, CancellationToken ct) =>
            editor.CreateAsync(workspaceId, input, ct)).WithName("CreateCareWebhook");

        webhooks.MapPut("/{webhookId:guid}", (Guid workspaceId, Guid webhookId, CareWebhookInput input, CareWebhookEditor editor, CancellationToken ct) =>
            editor.UpdateAsync(workspaceId, webhookId, input, ct)).WithName("UpdateCareWebhook");

        webhooks.MapDelete("/{webhookId:guid}", (Guid workspaceId, Guid webhookId, CareWebhookEditor editor, CancellationToken ct) =>
            editor.DeleteAsync(workspaceId, webhookId, ct)).WithName("DeleteCareWebhook");

        webhooks.MapPost("/{webhookId:guid}/rotate-secret", (Guid workspaceId, Guid webhookId, CareWebhookEditor editor, CancellationToken ct) =>
            editor.RotateSecretAsync(workspaceId, webhookId, ct)).WithName("RotateCareWebhookSecret");

        webhooks.MapGet("/{webhookId:guid}/deliveries", (Guid workspaceId, Guid webhookId, int? page, CareWebhookEditor editor, CancellationToken ct) =>
            editor.DeliveriesAsync(workspaceId, webhookId, page ?? 1, ct)).WithName("ListCareWebhookDeliveries");

        webhooks.MapPost("/{webhookId:guid}/deliveries/{deliveryId:long}/redeliver",
            (Guid workspaceId, Guid webhookId, long deliveryId, CareWebhookEditor editor, CancellationToken ct) =>
                editor.RedeliverAsync(workspaceId, webhookId, deliveryId, ct)).WithName("RedeliverCareWebhookDelivery");

        webhooks.MapPost("/{webhookId:guid}/test", (Guid workspaceId, Guid webhookId, CareWebhookEditor editor, CancellationToken ct) =>
            editor.SendTestAsync(workspaceId, webhookId, ct)).WithName("TestCareWebhook");

        // Any member: the figures are about the workspace's own care work.
        workspace.MapGet("/care/csat", async (Guid workspaceId, DateTimeOffset? from, DateTimeOffset? to, CsatSurveys surveys, TimeProvider time, CancellationToken ct) =>
        {
            var end = to ?? time.GetUtcNow();
            var start = from ?? end.AddDays(-30);
            if (start > end)
            {
                return ApiProblems.Invalid("from", "'from' must not be after 'to'.");
            }

            return TypedResults.Ok(await surveys.SummaryAsync(workspaceId, start, end, ct));
        }).WithName("CsatSummary");
    }

    /// <summary>Webhooks carry case data to outside systems: only admins see and change them.</summary>
    private static async ValueTask<object?> RequireAdmin(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        WorkspaceScope.RoleOf(context.HttpContext) >= WorkspaceRole.Admin
            ? await next(context)
            : ApiProblems.Forbidden("Only admins see and change webhooks.");
}
