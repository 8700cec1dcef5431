using CccdPlatform.Cli.SignIn;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CccdPlatform.Cli.Commands;

/// <summary><c>cccd logout</c>: revokes the refresh token at the identity service and deletes the credentials file.</summary>
public sealed class LogoutCommand : AsyncCommand<GatewaySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, GatewaySettings settings, CancellationToken cancellationToken)
    {
        var store = settings.CredentialStore;
        if (store.Load() is not { } credentials)
        {
            AnsiConsole.MarkupLineInterpolated($"Nobody is signed in ({store.Path} does not exist).");
            return 0;
        }

        // The file goes whatever the identity service answers: signing out on this machine must not depend on the network.
        try
        {
            using var http = new HttpClient();
            await new OfficerSignIn(http, new Uri(credentials.Gateway)).RevokeAsync(credentials, cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            store.Delete();
            AnsiConsole.MarkupLineInterpolated(
                $"[yellow]{exception.Message}[/] {store.Path} is deleted all the same; the refresh token stays valid until it expires.");
            return 1;
        }

        store.Delete();
        AnsiConsole.MarkupLineInterpolated($"Signed out of {credentials.Gateway}: the refresh token is revoked and {store.Path} deleted.");
        return 0;
    }
}
