using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CccdPlatform.ServiceDefaults.Privacy;

public static class PrivacyExtensions
{
    /// <summary>
    /// Puts every logger provider registered so far behind <see cref="RedactingLoggerProvider"/>. Called last in the
    /// service defaults, after the console and OpenTelemetry providers are registered.
    /// </summary>
    public static IServiceCollection RedactLogs(this IServiceCollection services)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(ILoggerProvider)).ToList())
        {
            services.Remove(descriptor);
            services.Add(ServiceDescriptor.Describe(
                typeof(ILoggerProvider),
                sp => new RedactingLoggerProvider(Create(descriptor, sp)),
                descriptor.Lifetime));
        }

        return services;
    }

    private static ILoggerProvider Create(ServiceDescriptor descriptor, IServiceProvider services) =>
        (ILoggerProvider)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
