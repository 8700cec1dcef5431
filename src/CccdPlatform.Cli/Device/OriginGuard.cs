using Microsoft.AspNetCore.Http;

namespace CccdPlatform.Cli.Device;

/// <summary>
/// Refuses a web page of any other origin outright (403), rather than only withholding CORS headers: a simple request
/// would otherwise still reach the device. The simulation's conditions are for local tools, so no page may set them.
/// </summary>
public static class OriginGuard
{
    public const string SimulatorPath = "/simulator";

    public static async Task CheckAsync(HttpContext context, RequestDelegate next, IReadOnlyList<string> allowedOrigins)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            var allowed = allowedOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
            if (!allowed || context.Request.Path.StartsWithSegments(SimulatorPath))
            {
                await TypedResultsProblem(context, allowed
                    ? "The simulation's conditions are set by local tools, not by web pages."
                    : $"Origin {origin} may not use this device; the device service allows only the station app's origins.");
                return;
            }

            // Chromium's Private Network Access: a public site's page may call 127.0.0.1 only if the preflight allows it.
            if (context.Request.Headers.ContainsKey("Access-Control-Request-Private-Network"))
            {
                context.Response.Headers["Access-Control-Allow-Private-Network"] = "true";
            }
        }

        await next(context);
    }

    private static Task TypedResultsProblem(HttpContext context, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Origin not allowed.", detail: detail).ExecuteAsync(context);
}
