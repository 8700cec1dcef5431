using CccdPlatform.Cli.SignIn;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary>
/// <c>cccd login</c>: signs an officer in with the device flow: they allow this command line on the identity service's
/// verification page, in any browser, and the tokens are kept for the other commands.
/// </summary>
public sealed class LoginCommand : AsyncCommand<GatewaySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GatewaySettings settings, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        var credentials = await new OfficerSignIn(http, settings.GatewayUri).SignInAsync(device =>
        {
            // Plain lines, never wrapped: the address and the code are to be copied.
            Console.Out.WriteLine($"To sign in, open {device.VerificationUri} in a browser and enter the code {device.UserCode}");
            if (device.VerificationUriComplete is { } complete)
            {
                Console.Out.WriteLine($"or open {complete}");
            }

            var lifetime = device.ExpiresIn ?? 600;
            Console.Out.WriteLine($"Waiting for you to allow it (the code expires in {(lifetime >= 120 ? $"{lifetime / 60} minutes" : $"{lifetime} seconds")})...");
        }, cancellationToken);
        var store = settings.CredentialStore;
        store.Save(credentials);
        AnsiConsole.MarkupLineInterpolated($"[green]Signed in[/] to {settings.Gateway} as {credentials.Officer()}; tokens kept in {store.Path}");
        return 0;
    }
}
