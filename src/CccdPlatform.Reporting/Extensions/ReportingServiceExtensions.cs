using CccdPlatform.Reporting.Consumers;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Projections;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Reporting.Extensions;

public static class ReportingServiceExtensions
{
    public const string DatabaseConnectionName = "reportingdb";

    public static IHostApplicationBuilder AddReportingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<ReportingDbContext, PostgreSqlReportingDbContext, SqlServerReportingDbContext>(
            DatabaseConnectionName);
        builder.Services.AddSingleton<ProjectionSignal>();
        builder.Services.AddSingleton<ProjectionWakeUp>();
        builder.Services.ConfigureDbContext<PostgreSqlReportingDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ProjectionWakeUp>()));
        builder.Services.ConfigureDbContext<SqlServerReportingDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<ProjectionWakeUp>()));
        // Every event type reporting takes arrives on one queue, reporting-event-log. Few consumers at once: each holds a
        // transaction, and more of them only take the cores from the projector (measured: BENCHMARKS.md).
        var concurrency = builder.Configuration.GetValue("Reporting:ConsumerConcurrency", 16);
        builder.AddMessaging<ReportingDbContext>(bus =>
            bus.AddConsumer<EventLogConsumer>().Endpoint(endpoint => endpoint.ConcurrentMessageLimit = concurrency));

        // After the migrator, which AddServiceDatabase registered: hosted services start in order.
        builder.Services.AddOptions<ProjectionOptions>().BindConfiguration(ProjectionOptions.Section);
        builder.Services.AddScoped<ProjectionBatch>();
        builder.Services.AddHostedService<Projector>();

        builder.Services.AddSingleton(_ => UnitDirectory.Load(Path.Combine(AppContext.BaseDirectory, "Data", "admin-units.csv")));
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
