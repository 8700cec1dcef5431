using System.Net;
using CccdPlatform.Cli.Commands;
using CccdPlatform.Cli.Http;
using CccdPlatform.Cli.SignIn;

namespace CccdPlatform.Cli.Tests;

/// <summary>Which token a command sends once an officer has signed in with <c>cccd login</c>, and when it is a development one.</summary>
public sealed class SignedInCommandsTests : IDisposable
{
    private const string Gateway = "http://gateway.test";
    private readonly string _folder = Directory.CreateTempSubdirectory("cccd-signed-in-").FullName;
    private readonly ScriptedHandler _gateway = new(_ => ScriptedHandler.Json(HttpStatusCode.OK, """{"accessToken":"development"}"""));

    private string CredentialsPath => Path.Combine(_folder, "credentials.json");

    private async Task<Bearer> AuthorizeAsync(ClientSettings settings)
    {
        settings.Gateway = Gateway;
        settings.Credentials = CredentialsPath;
        using var client = new PlatformClient(_gateway, new Uri(Gateway));
        return await Clients.AuthorizeAsync(client, settings, CancellationToken.None);
    }

    private void SignIn(string gateway = Gateway) =>
        new CredentialStore(CredentialsPath).Save(new Credentials(gateway, "officer", "refresh", DateTimeOffset.UtcNow.AddMinutes(30)));

    [Fact]
    public async Task TheSignedInOfficersTokenIsSentUntilARoleUnitOrSubjectAsksForADevelopmentToken()
    {
        SignIn();

        Assert.Equal(new Bearer("officer", IsDevelopment: false), await AuthorizeAsync(new ClientSettings()));
        Assert.Equal(new Bearer("development", IsDevelopment: true), await AuthorizeAsync(new ClientSettings { Role = "Admin" }));
        Assert.Equal(new Bearer("development", IsDevelopment: true), await AuthorizeAsync(new ClientSettings { Unit = "380" }));
        Assert.Equal(new Bearer("given", IsDevelopment: false), await AuthorizeAsync(new ClientSettings { Token = "given" }));
        Assert.Equal(2, _gateway.Requests.Count);
    }

    [Fact]
    public async Task WithNobodySignedInToThisGatewayCommandsAskForADevelopmentTokenAsBefore()
    {
        Assert.Equal(new Bearer("development", IsDevelopment: true), await AuthorizeAsync(new ClientSettings()));

        SignIn("https://another-gateway.test");
        Assert.Equal(new Bearer("development", IsDevelopment: true), await AuthorizeAsync(new ClientSettings()));
        Assert.All(_gateway.Requests, r => Assert.Equal("/dev/token", r.Path));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
