using System.Net;
using System.Net.Http.Json;
using CccdPlatform.Contracts;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.ServiceDefaults.Registry;
using CccdPlatform.TestSupport.Registry;
using Microsoft.EntityFrameworkCore;

namespace CccdPlatform.Intake.Tests;

/// <summary>
/// Applications and batches against intake's copy of the registry, kept from registry events over RabbitMQ: only a
/// registered, active machine of the officer's unit, and a team the officer belongs to, may submit.
/// </summary>
public sealed class RegistryEnforcementTests(RegistryEnforcingIntakeFactory intake)
    : IClassFixture<RegistryEnforcingIntakeFactory>, IAsyncLifetime
{
    private static readonly UnitPath HacThanh = new("38", null, ApplicationForms.Commune);
    private RegistryPublisher _registry = null!;

    public async Task InitializeAsync() =>
        _registry = await RegistryPublisher.StartAsync(intake.MessagingConnectionString, intake.Services);

    public async Task DisposeAsync() => await _registry.DisposeAsync();

    private static string NewCode(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..24];

    private HttpClient Officer(string subject = "officer-1", string unitCode = ApplicationForms.Commune) =>
        intake.ClientFor(Roles.MobileOfficer, unitCode, subject);

    private async Task<string> RegisteredMachineAsync(UnitPath? unit = null, string? teamCode = null)
    {
        var machine = NewCode("KIT");
        await _registry.MachineAsync(machine, unit ?? HacThanh, "Bộ thu nhận 1", teamCode);
        return machine;
    }

    [Fact]
    public async Task AnUnregisteredMachinesApplicationGets403AndARegisteredOnesIsCreated()
    {
        var refused = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath,
            ApplicationForms.Valid().With("machineId", "KIT-NEVER-REGISTERED"));
        var problem = await refused.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Unknown machine.", problem.GetProperty("title").GetString());
        Assert.Contains("KIT-NEVER-REGISTERED", problem.GetProperty("detail").GetString());

        var machine = await RegisteredMachineAsync();
        await Officer().SubmitAsync(ApplicationForms.Valid().With("machineId", machine));
    }

    [Fact]
    public async Task AnApplicationNamingNoMachineIsRefused()
    {
        var response = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath, ApplicationForms.Valid());
        Assert.Equal("No reception machine named.", (await response.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task TheMachineInTheHeaderCountsToo()
    {
        var machine = await RegisteredMachineAsync();
        var client = Officer();
        client.DefaultRequestHeaders.Add("X-Machine-Id", machine);
        await client.SubmitAsync(ApplicationForms.Valid());

        client.DefaultRequestHeaders.Remove("X-Machine-Id");
        client.DefaultRequestHeaders.Add("X-Machine-Id", "KIT-STOLEN");
        var response = await client.PostAsJsonAsync(IntakeClients.ApplicationsPath, ApplicationForms.Valid().With("machineId", machine));
        Assert.Contains("KIT-STOLEN", (await response.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task AMachineOfAnotherUnitIsRefused()
    {
        var hanoiMachine = await RegisteredMachineAsync(new UnitPath("01", null, null));
        var response = await Officer().PostAsJsonAsync(IntakeClients.ApplicationsPath,
            ApplicationForms.Valid().With("machineId", hanoiMachine));
        Assert.Equal("Machine of another unit.", (await response.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AnOfficerOutsideTheTeamGets403NamingTheTeamAndAMemberIsServed()
    {
        var team = NewCode("TEAM");
        await _registry.TeamAsync(team, HacThanh, "Tổ lưu động 1", "officer-2");
        var machine = await RegisteredMachineAsync(teamCode: team);
        var form = ApplicationForms.Mobile().With("teamCode", team).With("machineId", machine);

        var refused = await Officer("officer-1").PostAsJsonAsync(IntakeClients.ApplicationsPath, form);
        var problem = await refused.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal($"Not a member of team {team}.", problem.GetProperty("title").GetString());

        await Officer("officer-2").SubmitAsync(form);
    }

    [Fact]
    public async Task ADisbandedTeamAndARemovedMemberAreRefused()
    {
        var team = NewCode("TEAM");
        await _registry.TeamAsync(team, HacThanh, "Tổ lưu động 2", "officer-1", "officer-2");
        var machine = await RegisteredMachineAsync();
        await _registry.MembersAsync(team, HacThanh, "officer-2");

        var removed = await Officer("officer-1").PostAsJsonAsync(IntakeClients.ApplicationsPath,
            ApplicationForms.Mobile().With("teamCode", team).With("machineId", machine));
        await removed.ProblemAsync(HttpStatusCode.Forbidden);

        await _registry.DisbandAsync(team, HacThanh);
        var disbanded = await Officer("officer-2").PostAsJsonAsync(IntakeClients.ApplicationsPath,
            ApplicationForms.Mobile().With("teamCode", team).With("machineId", machine));
        Assert.Equal("Disbanded team.", (await disbanded.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ARetiredMachinesBatchIsRefusedWholeAndNothingIsStored()
    {
        var machine = await RegisteredMachineAsync();
        await _registry.RetireAsync(machine, HacThanh);
        var forms = Enumerable.Range(0, 3).Select(_ => ApplicationForms.Valid().With("machineId", null)).ToList();
        var batch = new Dictionary<string, object?>
        {
            ["batchId"] = NewCode("B"),
            ["machineId"] = machine,
            ["items"] = forms.Select((f, i) => new Dictionary<string, object?> { ["clientItemId"] = $"item-{i}", ["application"] = f }).ToList(),
        };

        var response = await Officer().PostAsJsonAsync("/api/intake/batches", batch);

        Assert.Equal("Retired machine.", (await response.ProblemAsync(HttpStatusCode.Forbidden)).GetProperty("title").GetString());
        var personalIds = forms.Select(f => (string)f["personalId"]!).ToList();
        Assert.Equal(0, await intake.QueryAsync(db => db.Applications.CountAsync(a => personalIds.Contains(a.PersonalId))));
        Assert.Equal(0, await intake.QueryAsync(db => db.BatchItems.CountAsync(b => b.MachineId == machine)));
    }

    [Fact]
    public async Task ABatchItemForATeamTheOfficerIsNotInIsInvalidAndTheOthersAreCreated()
    {
        var team = NewCode("TEAM");
        await _registry.TeamAsync(team, HacThanh, "Tổ lưu động 3", "officer-9");
        var machine = await RegisteredMachineAsync();
        var batch = new Dictionary<string, object?>
        {
            ["batchId"] = NewCode("B"),
            ["machineId"] = machine,
            ["items"] = new[] { ApplicationForms.Valid(), ApplicationForms.Mobile().With("teamCode", team).With("machineId", null) }
                .Select((f, i) => new Dictionary<string, object?> { ["clientItemId"] = $"item-{i}", ["application"] = f }).ToList(),
        };

        var items = (await (await Officer().PostAsJsonAsync("/api/intake/batches", batch)).OkJsonAsync()).GetProperty("items");

        Assert.Equal("Created", items[0].GetProperty("outcome").GetString());
        Assert.Equal("Invalid", items[1].GetProperty("outcome").GetString());
        Assert.Contains(team, items[1].GetProperty("errors").GetProperty("teamCode")[0].GetString());
    }

    [Fact]
    public async Task ARetiredMachineStaysInTheCopyWithItsNameAndUnit()
    {
        var machine = await RegisteredMachineAsync();
        await _registry.RetireAsync(machine, HacThanh);
        var entry = await intake.QueryAsync(db => db.Set<RegistryEntry>().SingleAsync(e => e.Kind == RegistryKind.Machine && e.Code == machine));

        Assert.False(entry.Active);
        Assert.Equal("Bộ thu nhận 1", entry.Name);
        Assert.Equal(ApplicationForms.Commune, entry.UnitCode);
    }
}
