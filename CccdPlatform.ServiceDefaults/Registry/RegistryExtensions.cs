using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.ServiceDefaults.Registry;

public static class RegistryExtensions
{
    /// <summary>
    /// The check of work against the registry copy (<c>Registry:Enforce</c>); the service also maps the copy
    /// (<see cref="RegistryModelBuilderExtensions.AddRegistryCopy"/>) and adds <see cref="RegistryCopyConsumer"/>.
    /// </summary>
    public static IServiceCollection AddWorkplaces(this IServiceCollection services)
    {
        services.AddOptions<RegistryOptions>().BindConfiguration(RegistryOptions.Section);
        services.AddScoped<Workplaces>();
        return services;
    }
}
