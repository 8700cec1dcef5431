using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.Gateway.Tests;

/// <summary>The gateway with limits low enough to reach in a test.</summary>
public sealed class LimitedGatewayFactory : GatewayFactory
{
    public const int Burst = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Gateway:Limits:PerClientPerSecond", "1");
        builder.UseSetting("Gateway:Limits:PerClientBurst", Burst.ToString());
        builder.UseSetting("Gateway:Limits:PerMachinePerSecond", "1");
        builder.UseSetting("Gateway:Limits:PerMachineBurst", Burst.ToString());
        builder.UseSetting("Gateway:Limits:MaxBodyBytes", "1000");
    }
}
