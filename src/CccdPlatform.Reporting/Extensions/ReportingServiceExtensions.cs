using CccdPlatform.Reporting.Consumers;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;

namespace CccdPlatform.Reporting.Extensions;

public static class ReportingServiceExtensions
{
    public const string DatabaseConnectionName = "reportingdb";

    public static IHostApplicationBuilder AddReportingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDbContext, PostgreSqlReportingDbContext, SqlServerReportingDbContext>(
            DatabaseConnectionName);
        builder.AddMessaging<ReportingDbContext>(bus => bus.AddConsumer<ApplicationReceivedConsumer>());
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
