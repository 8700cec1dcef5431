namespace CccdPlatform.Gateway.Extensions;

/// <summary>
/// The station and mobile client (a Blazor WebAssembly app) served at <c>/station/</c> from this process, so it costs no
/// process of its own and calls the API and the identity service at its own origin.
/// </summary>
public static class StationApp
{
    public const string Path = "/station";

    /// <summary>
    /// The app's framework needs <c>wasm-unsafe-eval</c> to compile its WebAssembly; nothing else on the gateway gets it,
    /// and the app gets no inline scripts. The sign-in library asks the identity service in a hidden frame of the app's
    /// own origin whether the officer is still signed in, so the app (and only it) may be framed by itself. It connects to
    /// the gateway and to the officer's local biometric device service (<see cref="StationDevice"/>) only.
    /// </summary>
    public static string ContentSecurityPolicy(string deviceOrigin) =>
        $"default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self' {deviceOrigin}; frame-src 'self'; frame-ancestors 'self'; base-uri 'self'; form-action 'self'";

    public static WebApplication MapStationApp(this WebApplication app)
    {
        // Only the files the build lists (appsettings: DisableStaticAssetNotFoundRuntimeFallback): the development catch-all
        // for other files would answer 405 to any other method on every unknown path of the gateway.
        app.MapStaticAssets().AllowAnonymous();
        var device = app.Services.GetRequiredService<StationDevice>().Url.ToString();
        app.MapGet(Path + "/device.json", () => TypedResults.Ok(new { deviceUrl = device })).AllowAnonymous();
        // Client routes (/station/applications, the sign-in callbacks) are the app's pages, not files.
        app.MapFallbackToFile(Path + "/{*route:nonfile}", "station/index.html").AllowAnonymous();
        return app;
    }

    public static bool IsStation(HttpContext context) => context.Request.Path.StartsWithSegments(Path);
}
