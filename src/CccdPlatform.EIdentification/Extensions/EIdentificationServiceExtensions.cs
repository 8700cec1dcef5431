using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Apis;
using CccdPlatform.EIdentification.Consumers;
using CccdPlatform.EIdentification.Infrastructure;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccdPlatform.EIdentification.Extensions;

public static class EIdentificationServiceExtensions
{
    public const string DatabaseConnectionName = "eiddb";

    public static IHostApplicationBuilder AddEIdentificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<EIdentificationDbContext, PostgreSqlEIdentificationDbContext, SqlServerEIdentificationDbContext>(DatabaseConnectionName);
        builder.AddMessaging<EIdentificationDbContext>(bus =>
        {
            // Queues named for this service: intake also consumes BiometricsAccepted, and two services on one queue
            // would each get only some of the messages.
            bus.AddConsumer<CitizenIdentityRecordedConsumer>().Endpoint(e => e.Name = "eid-citizen-identity-recorded");
            bus.AddConsumer<BiometricsAcceptedConsumer>().Endpoint(e => e.Name = "eid-biometrics-accepted");
            bus.AddConsumer<ApplicationStatusChangedConsumer>().Endpoint(e => e.Name = "eid-application-status-changed");
        });

        builder.Services.AddOptions<EIdentificationOptions>()
            .BindConfiguration(EIdentificationOptions.Section)
            .Validate(o => o.Activation.MaxAttempts >= 1, "EIdentification:Activation:MaxAttempts must be 1 or more.")
            .Validate(o => o.Activation.CodeLifetime > TimeSpan.Zero, "EIdentification:Activation:CodeLifetime must be positive.")
            .Validate(o => o.DeadlineCheckInterval > TimeSpan.Zero, "EIdentification:DeadlineCheckInterval must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
            new DeadlineCalendar(sp.GetRequiredService<IOptions<EIdentificationOptions>>().Value.Holidays.ToHashSet()));
        builder.Services.AddSingleton(_ => UnitMaps.Load());
        builder.Services.AddScoped<AccountWorkflow>();
        // Activated at start, so that the accounts by state are counted from the first collection.
        builder.Services.AddActivatedSingleton<EIdentificationMetrics>();
        builder.Services.AddAudit<EIdentificationDbContext>();
        builder.Services.AddScoped<ICitizenRefResolver, CitizenDirectory>();
        builder.Services.AddHostedService<DeadlineMonitor>();

        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddSingleton<InMemoryActivationCodeSink>();
            builder.Services.AddSingleton<IActivationCodeSender>(sp => sp.GetRequiredService<InMemoryActivationCodeSink>());
        }
        else
        {
            builder.Services.AddSingleton<IActivationCodeSender, UnconfiguredActivationCodeSender>();
        }

        builder.Services.AddValidatorsFromAssemblyContaining<RequestAccountValidator>(ServiceLifetime.Singleton);
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
