using CccdPlatform.Biometrics.Apis;
using CccdPlatform.Biometrics.Consumers;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Matching;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Biometrics.Screening;
using CccdPlatform.ServiceDefaults.Audit;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Extensions;

public static class BiometricsServiceExtensions
{
    public const string DatabaseConnectionName = "biometricsdb";

    public static IHostApplicationBuilder AddBiometricsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<BiometricsDbContext, PostgreSqlBiometricsDbContext, SqlServerBiometricsDbContext>(DatabaseConnectionName);
        // Announced applications are stored in batches (one statement each), as reporting stores its events: a batch
        // is cut at its size or its time limit, whichever first. Its queue keeps the name it had before batching.
        var batch = BatchSettings.From(builder.Configuration, "Biometrics:Batch");
        var applicationsQueue = new KebabCaseEndpointNameFormatter(MessagingExtensions.ServiceName(builder.Environment), includeNamespace: false)
            .Consumer<ApplicationReceivedConsumer>();
        builder.AddMessaging<BiometricsDbContext>(
            bus =>
            {
                bus.AddConsumer<ApplicationReceivedConsumer>(consumer => consumer.Options<BatchOptions>(batch.Apply))
                    .Endpoint(batch.Apply);
                bus.AddConsumer<RegistryCopyConsumer>();
            },
            endpointsWithoutInbox: [applicationsQueue]);

        var services = builder.Services;
        services.AddOptions<TemplateProtectionOptions>().BindConfiguration(TemplateProtectionOptions.Section);
        services.AddOptions<QualityPolicy>().BindConfiguration(QualityPolicy.Section);
        services.AddOptions<MatchingOptions>().BindConfiguration(MatchingOptions.Section);
        services.AddSingleton<TemplateProtector>();
        services.AddScoped<CaptureScreening>();
        services.AddScoped<CaptureReception>();
        services.AddOptions<HeldCaptureOptions>().BindConfiguration(HeldCaptureOptions.Section);
        services.AddHostedService<HeldCaptureExpiry>();
        services.AddSingleton<DeduplicationGate>();
        // Activated at start, so that the gallery's size is reported before the first capture.
        services.AddActivatedSingleton<BiometricsMetrics>();
        services.AddAudit<BiometricsDbContext>();
        services.AddWorkplaces();

        // The built-in matcher; an external ABIS would register its own IFaceMatcher instead of these three.
        services.AddSingleton(sp =>
        {
            var matching = sp.GetRequiredService<IOptions<MatchingOptions>>().Value;
            return new InMemoryFaceMatcher(matching.FaceTemplateDimension, matching.GalleryPrecision);
        });
        services.AddSingleton<IFaceMatcher>(sp => sp.GetRequiredService<InMemoryFaceMatcher>());
        services.AddHostedService<FaceGalleryLoader>();

        services.AddValidatorsFromAssemblyContaining<SubmitCaptureValidator>(ServiceLifetime.Singleton);
        services.AddDefaultOpenApi();
        return builder;
    }
}
