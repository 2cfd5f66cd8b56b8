namespace Pantau.Server.Hosting;

/// <summary>While start-up work runs, everything but the health probes answers 503 with <c>Retry-After</c>.</summary>
public sealed class NotReadyYet(RequestDelegate next, Readiness readiness)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (readiness.IsReady || context.Request.Path.StartsWithSegments("/healthz") || context.Request.Path.StartsWithSegments("/readyz"))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "1";
        await TypedResults.Problem(title: "Pantau is starting; try again in a moment.", statusCode: StatusCodes.Status503ServiceUnavailable)
            .ExecuteAsync(context);
    }
}
