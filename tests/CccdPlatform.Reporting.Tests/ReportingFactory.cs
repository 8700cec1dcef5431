using CccdPlatform.Reporting.Extensions;
using CccdPlatform.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.Reporting.Tests;

/// <summary>Reporting in memory on its own database and virtual host, shared by the tests of one class.</summary>
public sealed class ReportingFactory() : ServiceFactory<Program>(ReportingServiceExtensions.DatabaseConnectionName)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Projection:PollInterval", "00:00:00.100");
    }

    public ReportsClient Reports(string role = "Admin", string unitCode = "38")
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = Tokens.Bearer(role, unitCode);
        return new ReportsClient(client, Tokens);
    }
}
