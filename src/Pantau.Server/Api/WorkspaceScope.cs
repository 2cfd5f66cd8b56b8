using Pantau.Data.Entities;
using Pantau.Server.Accounts;

namespace Pantau.Server.Api;

/// <summary>
/// Guards every <c>/api/v1/workspaces/{workspaceId}</c> route: a caller without a role in the workspace gets 404,
/// as if it did not exist (invariant 2). The role is kept for the endpoint to check writes.
/// </summary>
public sealed class WorkspaceScope(WorkspaceAccess access) : IEndpointFilter
{
    private const string RoleKey = "pantau:role";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!Guid.TryParse(http.Request.RouteValues["workspaceId"]?.ToString(), out var workspaceId))
        {
            return ApiProblems.NotFound("The workspace");
        }

        var role = await access.RoleAsync(http.User, workspaceId, http.RequestAborted);
        if (role is null)
        {
            return ApiProblems.NotFound("The workspace");
        }

        http.Items[RoleKey] = role.Value;
        return await next(context);
    }

    public static WorkspaceRole RoleOf(HttpContext http) => http.Items[RoleKey] is WorkspaceRole role ? role : WorkspaceRole.Viewer;
}

public static class ConfigureRole
{
    /// <summary>Topics and sources are configured by supervisors and admins: other roles get 403 on the endpoint.</summary>
    public static RouteHandlerBuilder RequireConfigureRole(this RouteHandlerBuilder endpoint, string what) =>
        endpoint.AddEndpointFilter(async (context, next) =>
            WorkspaceScope.RoleOf(context.HttpContext) >= WorkspaceRole.Supervisor
                ? await next(context)
                : ApiProblems.Forbidden($"Only supervisors and admins change {what}."));

    /// <summary>Care work (correcting a mention's enrichment, …) is for agents, supervisors and admins: viewers get 403.</summary>
    public static RouteHandlerBuilder RequireAgentRole(this RouteHandlerBuilder endpoint, string what) =>
        endpoint.AddEndpointFilter(async (context, next) =>
            WorkspaceScope.RoleOf(context.HttpContext) >= WorkspaceRole.Agent
                ? await next(context)
                : ApiProblems.Forbidden($"Only agents, supervisors and admins {what}."));
}
