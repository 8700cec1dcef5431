using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace CccdPlatform.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionName = "messaging";

    /// <summary>"CccdPlatform.Intake" -> "intake".</summary>
    public static string ServiceName(IHostEnvironment environment) =>
        environment.ApplicationName.Split('.')[^1].ToLowerInvariant();

    /// <summary>
    /// MassTransit on RabbitMQ from the <c>messaging</c> connection string: quorum queues, publisher confirms,
    /// retries then the <c>_error</c> queue, the service's transactional outbox and its inbox.
    /// </summary>
    /// <param name="endpointsWithoutInbox">
    /// Queues whose consumers are idempotent on their own in one statement, such as batch consumers: the inbox would
    /// hold a transaction and a connection for each message while its batch fills.
    /// </param>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? addConsumers = null,
        IReadOnlyCollection<string>? endpointsWithoutInbox = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException($"The connection string '{ConnectionName}' is missing.");
        var services = builder.Services;

        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxMetrics>();
        services.TryAddSingleton<OutboxCommitInterceptor>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<DbContext>(sp => sp.GetRequiredService<TContext>());
        services.Configure<MassTransitHostOptions>(options =>
        {
            // Publishing before the bus has bound its exchanges loses messages.
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(60);
            options.StopTimeout = TimeSpan.FromSeconds(20);
        });

        services.AddMassTransit(bus =>
        {
            // Queues are named after their service: two services with a consumer of the same name must not end up
            // competing on one queue, each getting only some of the messages.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(ServiceName(builder.Environment), includeNamespace: false));
            addConsumers?.Invoke(bus);
            // MassTransit reports its usage to its vendor five minutes after start: nothing leaves this platform unasked
            // (and where the Internet is out of reach, the attempt was a warning and an error trace on the dashboard).
            bus.DisableUsageTelemetry();
            bus.AddConfigureEndpointsCallback((context, name, endpoint) =>
            {
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }

                if (endpointsWithoutInbox?.Contains(name) != true)
                {
                    endpoint.UseConsumeFilter(typeof(InboxFilter<>), context);
                }
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                rabbit.PrefetchCount = builder.Configuration.GetValue("Messaging:PrefetchCount", 64);
                // Messages handled at once per queue, each in a transaction of its own: beyond a few per core they
                // only queue up for the database's connections and CPU (and each holds a connection meanwhile).
                rabbit.ConcurrentMessageLimit = builder.Configuration.GetValue("Messaging:ConcurrentMessageLimit", 16);
                // Long enough to ride out a database restart or failover (about three minutes in all): a message that
                // runs out of retries is parked in the _error queue, where it waits for an operator.
                rabbit.UseMessageRetry(retry => retry.Exponential(
                    builder.Configuration.GetValue("Messaging:RetryLimit", 12),
                    TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500)));
                rabbit.ConfigureEndpoints(context);
            });
        });

        // After MassTransit's own hosted service, which waits for the bus: hosted services start in order, and a
        // backlog published before the exchanges are bound would be lost.
        services.AddHostedService<OutboxDispatcher<TContext>>();
        return builder;
    }
}
