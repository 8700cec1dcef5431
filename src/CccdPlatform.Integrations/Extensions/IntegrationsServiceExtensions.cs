using CccdPlatform.Integrations.Apis;
using CccdPlatform.Integrations.Consumers;
using CccdPlatform.Integrations.Infrastructure;
using CccdPlatform.Integrations.Model;
using CccdPlatform.ServiceDefaults.Http;
using CccdPlatform.ServiceDefaults.Messaging;
using CccdPlatform.ServiceDefaults.Persistence;
using FluentValidation;
using MassTransit;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Integrations.Extensions;

public static class IntegrationsServiceExtensions
{
    public const string DatabaseConnectionName = "integrationsdb";

    public static IHostApplicationBuilder AddIntegrationsServices(this IHostApplicationBuilder builder)
    {
        var catalog = EventCatalog.Contracts;
        builder.AddServiceDatabase<IntegrationsDbContext, PostgreSqlIntegrationsDbContext, SqlServerIntegrationsDbContext>(DatabaseConnectionName);
        builder.AddMessaging<IntegrationsDbContext>(bus =>
        {
            // Every public event, found by the catalogue's rule, so a new contract is offered without a change here.
            foreach (var evt in catalog.Public)
            {
                bus.AddConsumer(typeof(PublicEventConsumer<>).MakeGenericType(evt.Type),
                    typeof(PublicEventConsumerDefinition<>).MakeGenericType(evt.Type));
            }
        }, endpointsWithoutInbox: [PublicEventConsumerDefinition<object>.QueueName]);

        builder.Services.AddOptions<IntegrationsOptions>()
            .BindConfiguration(IntegrationsOptions.Section)
            .Validate(o => IsKey(o.SecretKey), "Integrations:SecretKey must be the base64 of 32 random bytes.")
            .Validate(o => Uri.TryCreate(o.RabbitMqManagement, UriKind.Absolute, out var uri) && uri.UserInfo.Contains(':'),
                "Integrations:RabbitMqManagement must be the management API's URL with credentials, e.g. http://user:password@host:15672.")
            .Validate(o => o.Webhooks.MaxAttempts >= 1, "Integrations:Webhooks:MaxAttempts must be 1 or more.")
            .Validate(o => o.Webhooks.Timeout > TimeSpan.Zero, "Integrations:Webhooks:Timeout must be positive.")
            .Validate(o => o.Webhooks.BatchSize >= 1 && o.Webhooks.Concurrency >= 1,
                "Integrations:Webhooks:BatchSize and Concurrency must be 1 or more.")
            .Validate(o => o.Webhooks.RetryDelays.All(d => d >= TimeSpan.Zero), "Integrations:Webhooks:RetryDelays must not be negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton(catalog);
        builder.Services.AddSingleton(sp => new WebhookPolicy(
            sp.GetRequiredService<IOptions<IntegrationsOptions>>().Value.Webhooks.AllowInsecure ?? builder.Environment.IsDevelopment()));
        builder.Services.AddSingleton<SecretProtector>();
        builder.Services.AddSingleton<DeliverySignal>();
        builder.Services.AddSingleton<WebhookClient>();
        builder.Services.AddSingleton<IntegrationsMetrics>();
        builder.Services.AddHostedService<WebhookSender>();

        var messaging = builder.Configuration.GetConnectionString(MessagingExtensions.ConnectionName)!;
        builder.Services.AddSingleton(sp => BrokerSettings.From(sp.GetRequiredService<IOptions<IntegrationsOptions>>().Value, messaging));
        builder.Services.AddHttpClient<BrokerAdmin>();

        builder.Services.AddValidatorsFromAssemblyContaining<SubscribeValidator>(ServiceLifetime.Singleton);
        builder.Services.AddDefaultOpenApi();
        return builder;
    }

    private static bool IsKey(string? base64) =>
        base64 is not null && Convert.TryFromBase64String(base64, new byte[32], out var length) && length == 32;
}
