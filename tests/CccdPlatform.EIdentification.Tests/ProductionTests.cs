using System.Net;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Hosting;

namespace CccdPlatform.EIdentification.Tests;

public sealed class ProductionEIdFactory : EIdFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

/// <summary>Outside Development there is no code sink to read, and no SMS gateway yet.</summary>
public class ProductionTests(ProductionEIdFactory eid) : IClassFixture<ProductionEIdFactory>
{
    [Fact]
    public async Task TheDevelopmentOutboxDoesNotExistOutsideDevelopment()
    {
        var response = await eid.ClientFor(Roles.Admin).GetAsync("/api/eid/dev/outbox?phone=0912345678");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAnSmsGatewayAccountsAreStillCreatedButNoCodeCanBeSent()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var officer = eid.ClientFor(Roles.StationOfficer);

        var account = await officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);
        eid.Clock.Advance(TimeSpan.FromMinutes(2));
        var resend = await officer.PostAsync($"{EIdClients.AccountsPath}/{account.Id()}/resend-code", null);

        Assert.Equal("PendingActivation", account.Text("state"));
        await resend.ProblemAsync(HttpStatusCode.ServiceUnavailable);
    }
}
