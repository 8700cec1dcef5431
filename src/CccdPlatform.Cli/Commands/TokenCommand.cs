using CccdPlatform.Cli.Http;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>
/// <c>cccd token</c>: prints the token the other commands would send, for <c>TOKEN=$(cccd token ...)</c>: the signed-in
/// officer's (renewed when near expiry), or a development token.
/// </summary>
public sealed class TokenCommand : AsyncCommand<OfficerSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, OfficerSettings settings, CancellationToken cancellationToken)
    {
        using var client = new PlatformClient(PlatformClient.NewHandler(1), settings.GatewayUri);
        Console.Out.WriteLine((await Clients.AuthorizeAsync(client, settings, cancellationToken)).Token);
        return 0;
    }
}
