using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.Integrations.Tests;

/// <summary>The access matrix subscribes (and unsubscribes) more times per owner than the other tests allow.</summary>
public sealed class AccessMatrixFactory : IntegrationsFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Integrations:MaxSubscriptionsPerOwner", "100");
    }
}
