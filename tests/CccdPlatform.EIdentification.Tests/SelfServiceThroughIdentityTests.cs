using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>
/// The citizen app end to end on the token side: the identity service issues its client-credentials token, and
/// e-identification, which finds the identity service's keys by discovery, lets it make a level 1 account and nothing
/// else. An integrator's token from the same service is refused on the same route.
/// </summary>
public sealed class SelfServiceThroughIdentityTests : IAsyncLifetime
{
    private IdentityServiceHost _identity = null!;
    private EIdFactory _eid = null!;

    public async Task InitializeAsync()
    {
        _identity = await IdentityServiceHost.StartAsync();
        _eid = new TrustingIdentity(_identity.Address);
        await _eid.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_eid).DisposeAsync();
        await _identity.DisposeAsync();
    }

    private HttpClient ClientWith(string token)
    {
        var client = _eid.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task TheCitizenAppsTokenFromTheIdentityServiceCreatesALevel1AccountAndReachesNothingElse()
    {
        var citizen = TestCitizen.New();
        await _eid.RecordAsync(citizen);
        var app = ClientWith(await _identity.ClientCredentialsAsync(EIdClients.CitizenAppId, IdentityServiceHost.CitizenAppSecret));

        var account = await (await app.PostAsJsonAsync(EIdClients.SelfServicePath, citizen.SelfServiceForm())).JsonAsync(HttpStatusCode.Created);

        Assert.Equal((1, "PendingActivation"), (account.GetProperty("level").GetInt32(), account.Text("state")));
        Assert.Equal(EIdClients.CitizenAppId, account.GetProperty("requests")[0].Text("requestedBy"));
        Assert.Equal(HttpStatusCode.Forbidden, (await app.GetAsync($"{EIdClients.AccountsPath}/{account.Id()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await app.RequestAsync(TestCitizen.New().Form(level: 1))).StatusCode);
        var level2 = new Dictionary<string, object?>(TestCitizen.New().SelfServiceForm()) { ["level"] = 2 };
        Assert.Equal(HttpStatusCode.Forbidden, (await app.PostAsJsonAsync(EIdClients.SelfServicePath, level2)).StatusCode);
    }

    [Fact]
    public async Task AnIntegratorsTokenFromTheIdentityServiceIsRefusedOnTheSelfServiceRoute()
    {
        var citizen = TestCitizen.New();
        await _eid.RecordAsync(citizen);
        var integrator = ClientWith(await _identity.ClientCredentialsAsync(IdentityServiceHost.Integrator, IdentityServiceHost.IntegratorSecret));

        var response = await integrator.PostAsJsonAsync(EIdClients.SelfServicePath, citizen.SelfServiceForm());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>E-identification checking the identity service's tokens, as every service does under the AppHost.</summary>
    private sealed class TrustingIdentity(Uri authority) : EIdFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Authentication:Authority", authority.ToString());
        }
    }
}
