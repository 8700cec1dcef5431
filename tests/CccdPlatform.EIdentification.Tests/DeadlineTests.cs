using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.EIdentification.Model;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>Deadlines in the running service: due dates from the shipped holidays (2026, 2027), the overdue list, breach events.</summary>
public class DeadlineTests(EIdFactory eid) : IClassFixture<EIdFactory>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    // A Friday before the Hung Kings' day off (Monday 27 April) and Reunification and Labour days (30 April, 1 May).
    private static readonly DateTimeOffset FridayMorning = new(2026, 4, 24, 10, 0, 0, Vietnam);

    private HttpClient Officer => eid.ClientFor(Roles.StationOfficer, "14797");
    private HttpClient Supervisor => eid.ClientFor(Roles.Supervisor, "14797");

    private async Task<JsonElement> OverdueAsync(HttpClient client, string unitCode = "14797") =>
        await (await client.GetAsync($"/api/eid/overdue?unitCode={unitCode}")).JsonAsync(HttpStatusCode.OK);

    private static IEnumerable<Guid> AccountIds(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("accountId").GetGuid());

    private async Task<(Guid AccountId, TestCitizen Citizen, JsonElement Request)> WaitingLevel2Async(bool hasChipCard)
    {
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        if (hasChipCard)
        {
            await eid.DeliverCardAsync(citizen.ApplicationId);
        }

        var account = await Officer.RequestAsync(citizen.Form(level: 2), HttpStatusCode.Accepted);
        return (account.Id(), citizen, account.GetProperty("requests")[0]);
    }

    [Fact]
    public void TheShippedCalendarHoldsThe2026And2027DaysOff()
    {
        var holidays = eid.Services.GetRequiredService<DeadlineCalendar>().Holidays;

        Assert.Equal(WorkingDaysTests.Holidays2026.Union(WorkingDaysTests.Holidays2027).Order(), holidays.Order());
    }

    [Fact]
    public async Task RequestsOnTheThursdayBeforeTet2027AreDueAfterTheWholeBreak()
    {
        eid.Clock.Set(new DateTimeOffset(2027, 2, 4, 10, 0, 0, Vietnam));

        var (_, _, level2WithCard) = await WaitingLevel2Async(hasChipCard: true);
        var (_, _, level2WithoutCard) = await WaitingLevel2Async(hasChipCard: false);
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var level1 = await (await eid.CitizenApp().PostAsJsonAsync(EIdClients.SelfServicePath, citizen.SelfServiceForm()))
            .JsonAsync(HttpStatusCode.Created);

        Assert.Equal("2027-02-16", level2WithCard.Text("dueDate"));
        Assert.Equal("2027-02-22", level2WithoutCard.Text("dueDate"));
        var level1Request = level1.GetProperty("requests")[0];
        Assert.Equal((7, "2027-02-22"), (level1Request.GetProperty("workingDays").GetInt32(), level1Request.Text("dueDate")));
    }

    [Fact]
    public async Task ALevel2RequestIsDueInThreeWorkingDaysWithAChipCardAndSevenWithout()
    {
        eid.Clock.Set(FridayMorning);

        var (_, _, withCard) = await WaitingLevel2Async(hasChipCard: true);
        var (_, _, withoutCard) = await WaitingLevel2Async(hasChipCard: false);

        Assert.Equal((true, 3, "2026-05-04"), (withCard.GetProperty("hasChipCard").GetBoolean(),
            withCard.GetProperty("workingDays").GetInt32(), withCard.Text("dueDate")));
        Assert.Equal((false, 7, "2026-05-08"), (withoutCard.GetProperty("hasChipCard").GetBoolean(),
            withoutCard.GetProperty("workingDays").GetInt32(), withoutCard.Text("dueDate")));
        Assert.Equal(new DateTimeOffset(2026, 5, 5, 0, 0, 0, Vietnam), withCard.GetProperty("dueAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task ARequestPastItsDeadlineIsListedAsOverdueAndItsBreachAnnouncedOnce()
    {
        eid.Clock.Set(FridayMorning);
        var (id, citizen, _) = await WaitingLevel2Async(hasChipCard: true);

        eid.Clock.Set(new DateTimeOffset(2026, 5, 4, 23, 59, 0, Vietnam));
        Assert.DoesNotContain(id, AccountIds(await OverdueAsync(Supervisor)));

        eid.Clock.Set(new DateTimeOffset(2026, 5, 5, 0, 1, 0, Vietnam));
        var overdue = (await OverdueAsync(Supervisor)).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("accountId").GetGuid() == id);
        Assert.Equal(citizen.PersonalId, overdue.Text("personalId"));
        Assert.Equal("BiometricsAcceptance", overdue.Text("waitingFor"));
        Assert.Equal("2026-05-04", overdue.Text("dueDate"));

        var breach = await eid.Breaches.WaitForAsync(e => e.AccountId == id);
        Assert.Equal(("NewAccount", 2, 3), (breach.Message.Kind, breach.Message.RequestedLevel, breach.Message.WorkingDays));
        Assert.Equal(TestCitizen.HacThanh, breach.Message.RequestingUnit);
        Assert.Null(breach.Message.FulfilledAt);

        // Fulfilled late: it leaves the list, the creation says it was late, and the breach is not announced again.
        await eid.AcceptBiometricsAsync(citizen.ApplicationId);
        var created = await eid.Created.WaitForAsync(e => e.AccountId == id);
        Assert.False(created.Message.WithinDeadline);
        await Task.Delay(TimeSpan.FromSeconds(1)); // several checks of the deadline monitor
        Assert.DoesNotContain(id, AccountIds(await OverdueAsync(Supervisor)));
        Assert.Single(eid.Breaches.Received, e => e.Message.AccountId == id);
    }

    [Fact]
    public async Task ALevel1RequestIsMetAtOnceAndNeverOverdue()
    {
        eid.Clock.Set(FridayMorning);
        var citizen = TestCitizen.New();
        await eid.RecordAsync(citizen);
        var account = await Officer.RequestAsync(citizen.Form(level: 1), HttpStatusCode.Created);
        var request = account.GetProperty("requests")[0];
        Assert.True(request.GetProperty("withinDeadline").GetBoolean());

        eid.Clock.Set(new DateTimeOffset(2026, 6, 1, 9, 0, 0, Vietnam));

        Assert.DoesNotContain(account.Id(), AccountIds(await OverdueAsync(Supervisor)));
    }

    [Fact]
    public async Task TheOverdueListIsForSupervisorsOperationsAndAdminsWithinTheirUnit()
    {
        eid.Clock.Set(FridayMorning);
        var (id, _, _) = await WaitingLevel2Async(hasChipCard: false);
        eid.Clock.Set(new DateTimeOffset(2026, 6, 1, 9, 0, 0, Vietnam));

        Assert.Contains(id, AccountIds(await OverdueAsync(eid.ClientFor(Roles.Operations, "38"), "38")));
        Assert.Contains(id, AccountIds(await OverdueAsync(eid.ClientFor(Roles.Admin, "01"))));
        Assert.DoesNotContain(id, AccountIds(await OverdueAsync(eid.ClientFor(Roles.Supervisor, "14818"), "14818")));
        await (await eid.ClientFor(Roles.Supervisor, "14818").GetAsync("/api/eid/overdue?unitCode=14797")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Forbidden, (await Officer.GetAsync("/api/eid/overdue?unitCode=14797")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await eid.ClientFor(Roles.Integrator).GetAsync("/api/eid/overdue?unitCode=38")).StatusCode);
    }
}
