using System.Globalization;
using System.Threading.RateLimiting;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Gateway.Extensions;

/// <summary>Rate limits per caller and per machine, body size limits, timeouts and security headers at the door.</summary>
public static class GatewayLimits
{
    public const string MachineHeader = "X-Machine-Id";

    public static IHostApplicationBuilder AddGatewayLimits(this IHostApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(GatewayLimitsOptions.Section).Get<GatewayLimitsOptions>() ?? new GatewayLimitsOptions();
        builder.Services.Configure<GatewayLimitsOptions>(builder.Configuration.GetSection(GatewayLimitsOptions.Section));
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = limits.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        });
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                // The station app's files are static and cached: loading the app must not spend an officer's API budget.
                PartitionedRateLimiter.Create<HttpContext, string>(context => IsProbe(context) || StationApp.IsStation(context)
                    ? RateLimitPartition.GetNoLimiter("probe")
                    : Bucket($"client:{ClientOf(context)}", limits.PerClientPerSecond, limits.PerClientBurst)),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.Request.Headers[MachineHeader].ToString() is { Length: > 0 and <= 64 } machine
                        ? Bucket($"machine:{machine}", limits.PerMachinePerSecond, limits.PerMachineBurst)
                        : RateLimitPartition.GetNoLimiter("no-machine")));
            options.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(
                    new ProblemDetailsContext
                    {
                        HttpContext = context.HttpContext,
                        ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests. Retry after the time in Retry-After." },
                    });
            };
        });
        return builder;
    }

    /// <summary>After authentication, so that callers are told apart by their token's subject.</summary>
    public static WebApplication UseGatewayLimits(this WebApplication app)
    {
        app.Use(LimitBodySize);
        app.Use(AddSecurityHeaders);
        app.UseRequestTimeouts();
        app.UseRateLimiter();
        return app;
    }

    private static RateLimitPartition<string> Bucket(string key, int perSecond, int burst) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = burst,
            TokensPerPeriod = perSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static string ClientOf(HttpContext context) => context.User.Identity?.IsAuthenticated == true
        ? context.User.SubjectOf()
        : context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsHtml(HttpContext context) =>
        context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/alive");

    private static async Task LimitBodySize(HttpContext context, RequestDelegate next)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<GatewayLimitsOptions>>().Value.MaxBodyBytesFor(context.Request.Path);
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = $"The body may be at most {limit} bytes here." },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }

    private static Task AddSecurityHeaders(HttpContext context, RequestDelegate next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = StationApp.IsStation(context) ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // Pages (the API reference, the dashboard) need their own scripts; data needs nothing at all. The station app's
            // files all get its policy, because a service worker's script runs under the policy it was served with.
            headers.ContentSecurityPolicy = StationApp.IsStation(context) ? context.RequestServices.GetRequiredService<StationDevice>().ContentSecurityPolicy
                : !IsHtml(context) ? "default-src 'none'; frame-ancestors 'none'"
                : "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
            if (context.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey("Cache-Control"))
            {
                // Citizen data must not linger in shared caches or browsers.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
