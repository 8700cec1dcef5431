using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.Contracts;
using CccdPlatform.Contracts.Intake;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.EIdentification.Tests;

public class QueryTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private HttpClient OfficerOf(string unitCode) => eid.ClientFor(Roles.StationOfficer, unitCode);

    private async Task<Guid> AccountAsync(string unitCode, int level, bool biometricsAccepted = false)
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        if (biometricsAccepted)
        {
            await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        }

        var response = await OfficerOf(unitCode).RequestAsync(citizen.Form(level));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"{EIdClients.AccountsPath}?{query}")).JsonAsync(HttpStatusCode.OK);

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task AnAccountIsFoundByItsCitizensIdNumber()
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var id = (await OfficerOf("14797").RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created)).Id();

        var found = await (await OfficerOf("14797").GetAsync($"{EIdClients.AccountsPath}/by-personal-id/{citizen.PersonalId}"))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal(id, found.Id());
        Assert.Equal(citizen.FullName, found.Text("fullName"));
        Assert.Equal(1, found.GetProperty("requests").GetArrayLength());
        Assert.False(found.TryGetProperty("codeHash", out _));
        Assert.Equal(HttpStatusCode.NotFound,
            (await OfficerOf("14797").GetAsync($"{EIdClients.AccountsPath}/by-personal-id/{TestCitizen.New().PersonalId}")).StatusCode);
        await (await OfficerOf("14797").GetAsync($"{EIdClients.AccountsPath}/by-personal-id/12345")).ProblemAsync(HttpStatusCode.BadRequest);
        await (await OfficerOf("14818").GetAsync($"{EIdClients.AccountsPath}/by-personal-id/{citizen.PersonalId}"))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AUnitsAccountsAreFilteredByLevelAndStateAndPaged()
    {
        // Commune 14758 serves only this test.
        var level1 = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            level1.Add(await AccountAsync("14758", level: 1));
        }

        var waiting = await AccountAsync("14758", level: 2);
        var created = await AccountAsync("14758", level: 2, biometricsAccepted: true);
        var commune = OfficerOf("14758");

        var firstPage = await SearchAsync(commune, "unitCode=14758&level=1&pageSize=2");
        var secondPage = await SearchAsync(commune, "unitCode=14758&level=1&pageSize=2&page=2");
        Assert.Equal(3, firstPage.GetProperty("total").GetInt32());
        Assert.Equal(2, firstPage.GetProperty("items").GetArrayLength());
        Assert.Equal(level1.Order(), Ids(firstPage).Concat(Ids(secondPage)).Order());

        Assert.Equal([waiting], Ids(await SearchAsync(commune, "unitCode=14758&state=Requested")));
        Assert.Equal([created], Ids(await SearchAsync(commune, "unitCode=14758&level=2&state=PendingActivation")));
        var requested = (await SearchAsync(commune, "state=requested")).GetProperty("items")[0];
        Assert.Equal("BiometricsAcceptance", requested.Text("waitingFor"));
        Assert.Equal("14758", requested.Text("unitCode"));

        // The province above sees them too.
        Assert.Equal(5, (await SearchAsync(OfficerOf("38"), "unitCode=14758")).GetProperty("total").GetInt32());
        Assert.Superset(level1.Append(waiting).Append(created).ToHashSet(),
            Ids(await SearchAsync(eid.ClientFor(Roles.Operations, "38"), "unitCode=38&pageSize=200")).ToHashSet());
    }

    [Fact]
    public async Task AnOfficerListsOnlyTheirOwnUnitAndItsUnits()
    {
        await (await OfficerOf("14818").GetAsync($"{EIdClients.AccountsPath}?unitCode=14797")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await OfficerOf("14797").GetAsync($"{EIdClients.AccountsPath}?unitCode=38")).ProblemAsync(HttpStatusCode.Forbidden);
        var id = await AccountAsync("14818", level: 1);
        await (await OfficerOf("14797").GetAsync($"{EIdClients.AccountsPath}/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(id, Ids(await SearchAsync(OfficerOf("14818"), "")));
    }

    [Fact]
    public async Task AnAccountAskedForBeforeTheReformIsUnderTheNewCommuneItsOldCommuneBecamePartOf()
    {
        // Asked for on a June 2025 application of Xã Phú Nghiêm (14911, huyện Quan Hóa), part of Xã Hồi Xuân (14869) since 1 July 2025.
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen, new EIdRequest(1, citizen.PhoneNumber, null), new UnitPath("38", "385", "14911"));
        var id = (await Eventually.ReturnsAsync(() => eid.QueryAsync(db =>
            db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.PersonalId == citizen.PersonalId)))).Id;

        Assert.Equal(HttpStatusCode.OK, (await OfficerOf("14869").GetAsync($"{EIdClients.AccountsPath}/{id}")).StatusCode);
        Assert.Equal([id], Ids(await SearchAsync(OfficerOf("14869"), "unitCode=14869")));
        await (await OfficerOf("14797").GetAsync($"{EIdClients.AccountsPath}/{id}")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task BadQueriesGetOneMessagePerParameter()
    {
        var problem = await (await OfficerOf("38").GetAsync($"{EIdClients.AccountsPath}?unitCode=999&level=3&state=Gone&page=0&pageSize=500"))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["level", "page", "pageSize", "state", "unitCode"], problem.ErrorFields());
    }

    [Fact]
    public async Task IntegratorsAreRefusedEverywhere()
    {
        var id = await AccountAsync("14797", level: 1);
        var integrator = eid.ClientFor(Roles.Integrator, "38");

        Assert.All(new[]
        {
            await integrator.GetAsync($"{EIdClients.AccountsPath}/{id}"),
            await integrator.GetAsync($"{EIdClients.AccountsPath}/by-personal-id/038095000001"),
            await integrator.GetAsync($"{EIdClients.AccountsPath}?unitCode=38"),
            await integrator.GetAsync("/api/eid/overdue?unitCode=38"),
            await integrator.GetAsync("/api/eid/dev/outbox?phone=0912345678"),
            await integrator.PostAsJsonAsync(EIdClients.AccountsPath, TestCitizen.New().Form(1)),
            await integrator.PostAsJsonAsync($"{EIdClients.AccountsPath}/{id}/activate", new { code = "123456" }),
            await integrator.PostAsync($"{EIdClients.AccountsPath}/{id}/resend-code", null),
            await integrator.PostAsJsonAsync($"{EIdClients.AccountsPath}/{id}/lock", new { reason = "x" }),
            await integrator.PostAsync($"{EIdClients.AccountsPath}/{id}/unlock", null),
        }, response => Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode));
    }

    [Fact]
    public async Task TheDevelopmentOutboxAnswersPerPhone()
    {
        var officer = OfficerOf("38");

        Assert.Equal(0, await officer.TextsSentToAsync("0987654321"));
        var problem = await (await officer.GetAsync("/api/eid/dev/outbox?phone=123")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["phone"], problem.ErrorFields());
    }
}
