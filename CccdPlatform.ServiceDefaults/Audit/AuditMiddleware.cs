using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>
/// Starts the trail of an audited endpoint's request, and records the attempts its handler never answered: a role
/// that may not use the route (403 from authorization) or an exception (500). Runs after authentication, so the
/// caller is known; an unauthenticated request (401) names nobody and is not recorded.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<AuditedAction>() is not { } action)
        {
            await next(context);
            return;
        }

        var trail = context.RequestServices.GetRequiredService<AuditTrail>();
        trail.Begin(context, action.Name);
        try
        {
            await next(context);
        }
        catch when (context.User.Identity?.IsAuthenticated == true)
        {
            await trail.WriteAsync(StatusCodes.Status500InternalServerError);
            throw;
        }

        if (context.User.Identity?.IsAuthenticated == true)
        {
            await trail.WriteAsync(context.Response.StatusCode);
        }
    }
}
