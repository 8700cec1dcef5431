using CccdPlatform.Domain;
using CccdPlatform.Reporting.Consumers;
using CccdPlatform.Reporting.Infrastructure;
using CccdPlatform.Reporting.Projections;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;
using MassTransit;
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
        // Events are stored in batches (one statement each): at campaign peaks a transaction per event cannot keep up
        // on a small machine (measured: BENCHMARKS.md). A batch is cut at its size or its time limit, whichever first.
        var batch = BatchSettings.From(builder.Configuration, "Reporting:Batch");
        builder.AddMessaging<ReportingDbContext>(
            bus =>
            {
                bus.AddConsumer<EventLogConsumer>(consumer => consumer.Options<BatchOptions>(batch.Apply))
                    .Endpoint(endpoint =>
                    {
                        endpoint.Name = EventLogConsumer.Queue;
                        batch.Apply(endpoint);
                    });
                // The registry changes a few times per team in a campaign: one message at a time through the inbox, as
                // intake and biometrics keep their copies, rather than in batches like the stream of applications.
                bus.AddConsumer<RegistryCopyConsumer>();
            },
            endpointsWithoutInbox: [EventLogConsumer.Queue]);

        // After the migrator, which AddServiceDatabase registered: hosted services start in order.
        builder.Services.AddOptions<ProjectionOptions>().BindConfiguration(ProjectionOptions.Section);
        builder.Services.AddScoped<ProjectionBatch>();
        builder.Services.AddSingleton<ReportingMetrics>();
        builder.Services.AddHostedService<Projector>();

        builder.Services.AddSingleton(_ => UnitMaps.Load());
        builder.Services.AddSingleton<UnitDirectory>();
        builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
