using CccdPlatform.Station.Forms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CccdPlatform.Station.Services;

/// <summary>The station's registration at the identity service and its calls to the platform through the gateway.</summary>
public static class StationClient
{
    public const string ClientId = "cccd-station";

    public static IServiceCollection AddStationServices(this IServiceCollection services, Uri gateway)
    {
        services.AddScoped(sp => new HttpClient(new ApiTokenHandler(
            sp.GetRequiredService<IAccessTokenProvider>(), sp.GetRequiredService<NavigationManager>(), gateway)
        {
            InnerHandler = new HttpClientHandler(),
        })
        {
            BaseAddress = gateway,
        });
        services.AddScoped<Texts>();
        services.AddScoped<BrowserStore>();
        services.AddScoped<Workplace>();
        services.AddScoped<CccdPlatform.Station.Biometrics.DeviceClient>();
        services.AddScoped<CccdPlatform.Station.Biometrics.CaptureSubmitter>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<FormRules>();
        return services;
    }
}

/// <summary>Attaches the officer's access token to every call to the gateway, and to nothing else.</summary>
public sealed class ApiTokenHandler : AuthorizationMessageHandler
{
    public ApiTokenHandler(IAccessTokenProvider provider, NavigationManager navigation, Uri gateway) : base(provider, navigation) =>
        ConfigureHandler([gateway.ToString()]);
}
