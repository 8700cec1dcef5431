using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using CccdPlatform.Cli.Commands;
using CccdPlatform.Cli.SignIn;
using CccdPlatform.TestSupport;
using CccdPlatform.TestSupport.Identity;
using Microsoft.Playwright;

namespace CccdPlatform.Identity.Tests;

/// <summary>
/// <c>cccd login</c> and <c>cccd logout</c>, the built command line in its own process, against the real identity
/// service: an officer allows (or refuses) it on the verification page in headless Chromium.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed partial class CliLoginTests : IAsyncLifetime
{
    private const string Password = "Mobile-password-123";
    private readonly string home = Directory.CreateTempSubdirectory("cccd-cli-home-").FullName;
    private IdentityWithBrowser identity = null!;

    private IdentityHost Host => identity.Host;
    private string CredentialsPath => Path.Combine(home, "cccd", "credentials.json");

    public async Task InitializeAsync() => identity = await IdentityWithBrowser.StartAsync();

    public async Task DisposeAsync()
    {
        await identity.DisposeAsync();
        Directory.Delete(home, recursive: true);
    }

    [GeneratedRegex(@"open (?<uri>\S+) in a browser and enter the code (?<code>\S+)")]
    private static partial Regex Prompt();

    [GeneratedRegex(@"or open (?<uri>\S+)")]
    private static partial Regex PromptWithCode();

    private CommandLine Login(IdentityHost service) =>
        CommandLine.Start("login", "--gateway", service.Address.ToString(), "--credentials", CredentialsPath);

    private Task<(int ExitCode, string Output)> CccdAsync(params string[] arguments) =>
        CommandLine.RunAsync([.. arguments, "--gateway", Host.Address.ToString(), "--credentials", CredentialsPath]);

    private async Task<IPage> SignedInAtAsync(string address)
    {
        var page = await identity.Browser.NewPageAsync(new BrowserNewPageOptions { Locale = "en-US" });
        await page.GotoAsync(address);
        await OfficerPages.SignInAsync(page, "mobile.2", Password);
        return page;
    }

    private Credentials Stored() => new CredentialStore(CredentialsPath).Load()!;

    [Fact]
    public async Task AnOfficerAllowsCccdLoginInABrowserAndTheOtherCommandsActAsThemUntilLogout()
    {
        var officer = await Host.AddOfficerAsync("mobile.2", "MobileOfficer", "380", Password);
        using var login = Login(Host);

        var prompt = await login.PrintedAsync(Prompt());
        var code = prompt.Groups["code"].Value;
        Assert.Equal(new Uri(Host.Address, "/connect/verify"), new Uri(prompt.Groups["uri"].Value));
        Assert.Contains($"user_code={code}", (await login.PrintedAsync(PromptWithCode())).Groups["uri"].Value);
        // The officer opens the address without the code and types it, as from another machine.
        var page = await SignedInAtAsync(prompt.Groups["uri"].Value);
        await page.FillAsync("#user_code", code);
        await page.ClickAsync("button[type=submit]");
        await page.ClickAsync("#allow");
        await page.WaitForSelectorAsync("#device-done");

        Assert.True(await login.ExitAsync() == 0, login.Output);
        Assert.Contains("Signed in", login.Output);
        Assert.Contains("(MobileOfficer, unit 380)", login.Output);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CredentialsPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute,
            File.GetUnixFileMode(Path.GetDirectoryName(CredentialsPath)!));
        var first = Stored();
        Assert.NotNull(first.RefreshToken);

        // A later command sends the officer's own token.
        var (status, printed) = await CccdAsync("token");
        Assert.True(status == 0, printed);
        var token = TokenClient.Read(printed.Trim());
        Assert.Equal(first.AccessToken, token.EncodedToken);
        Assert.Equal(officer.Id, token.Subject);
        Assert.Equal("MobileOfficer", token.GetClaim("role").Value);
        Assert.Equal("380", token.GetClaim("unitCode").Value);

        // Near its expiry the access token is renewed, and the rotated refresh token kept.
        new CredentialStore(CredentialsPath).Save(first with { ExpiresAt = DateTimeOffset.UtcNow });
        (status, printed) = await CccdAsync("token");
        Assert.True(status == 0, printed);
        var renewed = Stored();
        Assert.Equal(renewed.AccessToken, printed.Trim());
        Assert.NotEqual(first.AccessToken, renewed.AccessToken);
        Assert.NotEqual(first.RefreshToken, renewed.RefreshToken);
        Assert.True(renewed.ExpiresAt > DateTimeOffset.UtcNow + Clients.RenewalMargin, $"renewed until {renewed.ExpiresAt}");
        Assert.Equal("380", TokenClient.Read(renewed.AccessToken).GetClaim("unitCode").Value);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(CredentialsPath));

        (status, printed) = await CccdAsync("logout");
        Assert.True(status == 0, printed);
        Assert.False(File.Exists(CredentialsPath));
        using var client = new TokenClient(Host.Address);
        var (refused, error) = await client.PostAsync("/connect/token",
            ("grant_type", "refresh_token"), ("refresh_token", renewed.RefreshToken!), ("client_id", OfficerSignIn.ClientId));
        Assert.Equal(400, refused);
        Assert.Equal("invalid_grant", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task AnOfficerWhoRefusesTheCodeEndsCccdLoginWithAMessageSayingSo()
    {
        await Host.AddOfficerAsync("mobile.2", "MobileOfficer", "380", Password);
        using var login = Login(Host);

        var page = await SignedInAtAsync((await login.PrintedAsync(PromptWithCode())).Groups["uri"].Value);
        await page.ClickAsync("#deny");
        await page.WaitForSelectorAsync("#device-denied");

        Assert.Equal(1, await login.ExitAsync());
        Assert.Contains("The sign-in was refused on the verification page. Run cccd login again", login.Output);
        Assert.False(File.Exists(CredentialsPath));
    }

    [Fact]
    public async Task ACodeNobodyAllowsExpiresAndCccdLoginSaysSo()
    {
        var shortLived = TestServers.NewDatabase("identity");
        try
        {
            await using var impatient = IdentityHost.Start(shortLived, identity.Messaging, IdentityHost.FreePort(),
                settings: new Dictionary<string, string> { ["Identity:DeviceCodeLifetime"] = "00:00:02" });
            using var login = Login(impatient);

            var code = (await login.PrintedAsync(Prompt())).Groups["code"].Value;

            Assert.Equal(1, await login.ExitAsync());
            Assert.Contains($"The code {code} expired before anyone allowed it. Run cccd login again for a new code.", login.Output);
            Assert.False(File.Exists(CredentialsPath));
        }
        finally
        {
            await TestServers.DropDatabaseAsync(shortLived);
        }
    }

    [Fact]
    public async Task LogoutWithNobodySignedInSaysSoAndSucceeds()
    {
        var (status, printed) = await CccdAsync("logout");

        Assert.True(status == 0, printed);
        Assert.Contains("Nobody is signed in", printed);
    }
}
