namespace CccdPlatform.Station.Offline;

public static class OfflineServices
{
    /// <summary>The offline queue and its sender, one of each for the app (scoped is app-wide in WebAssembly).</summary>
    public static IServiceCollection AddOfflineQueue(this IServiceCollection services) => services
        .AddScoped<OfflineQueue>()
        .AddScoped<QueueSender>()
        .AddScoped<FormPrefill>();
}
