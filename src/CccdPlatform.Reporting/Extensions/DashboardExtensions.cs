using Microsoft.Extensions.FileProviders;

namespace CccdPlatform.Reporting.Extensions;

public static class DashboardExtensions
{
    public const string Path = "/api/reports/dashboard";

    /// <summary>
    /// The commanders' dashboard page, served before authentication: its files hold no data, and every figure it
    /// shows comes from the report routes, which need a token.
    /// </summary>
    public static WebApplication UseReportsDashboard(this WebApplication app)
    {
        // No redirect to add the trailing slash: it would name the host the service sees, which behind the gateway is
        // not one the browser can reach. The page links its files by absolute path instead.
        var directory = System.IO.Path.Combine(app.Environment.WebRootPath ?? app.Environment.ContentRootPath, "dashboard");
        if (!Directory.Exists(directory))
        {
            app.Logger.LogWarning("No dashboard files at {Directory}: the dashboard is not served", directory);
            return app;
        }

        var files = new PhysicalFileProvider(directory);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Path, RedirectToAppendTrailingSlash = false });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }
}
