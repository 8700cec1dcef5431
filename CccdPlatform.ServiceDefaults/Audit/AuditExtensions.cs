using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CccdPlatform.ServiceDefaults.Audit;

public static class AuditExtensions
{
    /// <summary>The request-scoped <see cref="AuditTrail"/>, writing to <typeparamref name="TContext"/>'s AuditEntries.</summary>
    public static IServiceCollection AddAudit<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<DbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<AuditTrail>();
        return services;
    }

    /// <summary>After authentication, before authorization: so that refused requests are recorded with their caller.</summary>
    internal static IApplicationBuilder UseAudit(this IApplicationBuilder app) => app.UseMiddleware<AuditMiddleware>();
}
