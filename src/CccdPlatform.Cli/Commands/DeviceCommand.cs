using CccdPlatform.Cli.Device;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>
/// <c>cccd device</c>: the simulated biometric devices (fingers, face, irises) behind the local device interface of
/// docs/devices.md, for development and tests; runs until stopped.
/// </summary>
public sealed class DeviceCommand : AsyncCommand<DeviceSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, DeviceSettings settings, CancellationToken cancellationToken)
    {
        await using var app = DeviceHost.Build(settings.Port, settings.Origins, new SimulatedDevice(settings.Conditions, TimeProvider.System));
        await app.StartAsync(cancellationToken);
        Console.Out.WriteLine($"Simulated devices on {app.Urls.First()} for {string.Join(", ", settings.Origins)}; Ctrl+C stops them.");
        using var stop = cancellationToken.Register(() => app.Lifetime.StopApplication());
        await app.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }
}
