using CccdPlatform.Cli.Api;
using CccdPlatform.Cli.Http;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary><c>cccd token</c>: prints a development token, for <c>TOKEN=$(cccd token ...)</c>.</summary>
public sealed class TokenCommand : AsyncCommand<GatewaySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GatewaySettings settings, CancellationToken cancellationToken)
    {
        using var client = new PlatformClient(PlatformClient.NewHandler(1), new Uri(settings.Gateway));
        Console.Out.WriteLine(await client.DevelopmentTokenAsync(new TokenRequest(settings.Subject, settings.Role, settings.Unit), cancellationToken));
        return 0;
    }
}
