using CccdPlatform.Domain;
using CccdPlatform.Intake.Apis;
using CccdPlatform.Intake.Consumers;
using CccdPlatform.Intake.Infrastructure;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Intake.Extensions;

public static class IntakeServiceExtensions
{
    public const string DatabaseConnectionName = "intakedb";

    public static IHostApplicationBuilder AddIntakeServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IntakeDbContext, PostgreSqlIntakeDbContext, SqlServerIntakeDbContext>(DatabaseConnectionName);
        builder.AddMessaging<IntakeDbContext>(bus =>
        {
            bus.AddConsumer<BiometricsAcceptedConsumer>();
            bus.AddConsumer<RecaptureNeededConsumer>();
            bus.AddConsumer<DuplicateSuspectedConsumer>();
            bus.AddConsumer<DuplicateAdjudicatedConsumer>();
            bus.AddConsumer<RegistryCopyConsumer>();
        });
        builder.Services.AddScoped<BiometricOutcomes>();
        builder.Services.AddScoped<ApplicationReception>();
        builder.Services.AddSingleton<IntakeMetrics>();
        builder.Services.AddSingleton(_ => UnitMaps.Load());
        builder.Services.AddOptions<IntakeOptions>()
            .BindConfiguration(IntakeOptions.Section)
            .Validate(o => o.HasValidKey(), "Intake:CitizenRefKey must be base64 of 32 to 64 secret bytes.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new CitizenRefs(sp.GetRequiredService<IOptions<IntakeOptions>>().Value.CitizenRefKeyBytes()));
        builder.Services.AddSingleton<ICitizenRefResolver>(sp => sp.GetRequiredService<CitizenRefs>());
        builder.Services.AddAudit<IntakeDbContext>();
        builder.Services.AddWorkplaces();
        builder.Services.AddValidatorsFromAssemblyContaining<SubmitBatchValidator>(ServiceLifetime.Singleton);
        // The form's rules live in Domain (shared with the station app): only the whole form is validated on its own.
        builder.Services.AddSingleton<IValidator<SubmitApplication>, SubmitApplicationValidator>();
        builder.Services.AddDefaultOpenApi();
        return builder;
    }
}
