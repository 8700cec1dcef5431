using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CccdPlatform.Station.Offline;

public static class OfflineServices
{
    /// <summary>The offline queue, its sender and the form's way in, one of each for the app (scoped is app-wide in WebAssembly).</summary>
    public static IServiceCollection AddOfflineQueue(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        return services
            .AddScoped<OfflineQueue>()
            .AddScoped<QueueSender>()
            .AddScoped<FormPrefill>()
            .AddScoped<OfflineSubmission>();
    }
}
