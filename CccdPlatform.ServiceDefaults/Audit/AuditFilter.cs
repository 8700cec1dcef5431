using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>
/// Writes the request's audit entries when its handler has answered and before the answer is sent: if the trail
/// cannot be written, the caller gets a 500 instead of the data.
/// </summary>
internal sealed class AuditFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        await context.HttpContext.RequestServices.GetRequiredService<AuditTrail>().WriteAsync(AuditTrail.StatusOf(result));
        return result;
    }
}
