using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CccdPlatform.Intake.Tests;

public class BatchesApiTests(IntakeFactory intake) : IClassFixture<IntakeFactory>
{
    private const string Path = "/api/intake/batches";

    private HttpClient MobileOfficer(string unitCode = ApplicationForms.Commune) => intake.ClientFor(Roles.MobileOfficer, unitCode);

    private static string NewMachineId() => $"KIT-{Guid.NewGuid():N}"[..20];

    /// <summary>A mobile team's form as the kit stores it offline: collected a while ago, no machine id of its own.</summary>
    private static Dictionary<string, object?> OfflineForm(string? personalId = null) => ApplicationForms.Mobile(personalId)
        .With("machineId", null)
        .With("collectedAt", DateTimeOffset.UtcNow.AddHours(-3));

    private static Dictionary<string, object?> Batch(string machineId, params Dictionary<string, object?>[] applications) =>
        Batch(machineId, applications.Select((a, i) => ($"item-{i + 1}", a)).ToArray());

    private static Dictionary<string, object?> Batch(string machineId, (string ClientItemId, Dictionary<string, object?> Application)[] items) => new()
    {
        ["batchId"] = $"B-{Guid.NewGuid():N}",
        ["machineId"] = machineId,
        ["items"] = items.Select(i => new Dictionary<string, object?>
        {
            ["clientItemId"] = i.ClientItemId,
            ["application"] = i.Application,
        }).ToList(),
    };

    private static async Task<JsonElement[]> ItemsOfAsync(HttpResponseMessage response) =>
        (await response.OkJsonAsync()).GetProperty("items").EnumerateArray().ToArray();

    private static string Outcome(JsonElement item) => item.GetProperty("outcome").GetString()!;

    private static Guid IdOf(JsonElement item) => item.GetProperty("applicationId").GetGuid();

    private static string PersonalIdOf(Dictionary<string, object?> form) => (string)form["personalId"]!;

    private Task<int> SavedApplicationsAsync(IEnumerable<string> personalIds)
    {
        var ids = personalIds.ToList();
        return intake.QueryAsync(db => db.Applications.CountAsync(a => ids.Contains(a.PersonalId)));
    }

    [Fact]
    public async Task ABatchWithOneInvalidItemCreatesTheOthersAndSaysWhatIsWrongWithThatOne()
    {
        var forms = new[]
        {
            OfflineForm(),
            OfflineForm(ApplicationForms.NewPersonalId("038195")), // a woman's sex digit on a man's form
            OfflineForm(),
        };
        var client = MobileOfficer();

        var items = await ItemsOfAsync(await client.PostAsJsonAsync(Path, Batch(NewMachineId(), forms)));

        Assert.Equal(["item-1", "item-2", "item-3"], items.Select(i => i.GetProperty("clientItemId").GetString()));
        Assert.Equal(["Created", "Invalid", "Created"], items.Select(Outcome));
        Assert.True(items[1].GetProperty("errors").TryGetProperty("personalId", out _), $"No personalId error: {items[1]}");
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("applicationId").ValueKind);
        foreach (var index in new[] { 0, 2 })
        {
            var saved = await client.GetFromJsonAsync<JsonElement>($"{IntakeClients.ApplicationsPath}/{IdOf(items[index])}");
            Assert.Equal(PersonalIdOf(forms[index]), saved.GetProperty("personalId").GetString());
            Assert.Equal("Received", saved.GetProperty("status").GetString());
        }

        Assert.Equal(0, await SavedApplicationsAsync([PersonalIdOf(forms[1])]));
    }

    [Fact]
    public async Task ResendingAWholeBatchAnswersAlreadyReceivedWithTheSameIdsAndCreatesNothing()
    {
        var forms = Enumerable.Range(0, 5).Select(_ => OfflineForm()).ToArray();
        var batch = Batch(NewMachineId(), forms);
        var client = MobileOfficer();

        var first = await ItemsOfAsync(await client.PostAsJsonAsync(Path, batch));
        var again = await ItemsOfAsync(await client.PostAsJsonAsync(Path, batch));

        Assert.All(first, i => Assert.Equal("Created", Outcome(i)));
        Assert.All(again, i => Assert.Equal("AlreadyReceived", Outcome(i)));
        Assert.Equal(first.Select(IdOf), again.Select(IdOf));
        Assert.Equal(5, await SavedApplicationsAsync(forms.Select(PersonalIdOf)));
    }

    [Fact]
    public async Task ABatchCutOffHalfWayAndResentWholeCreatesOnlyTheItemsThatDidNotArrive()
    {
        var forms = Enumerable.Range(0, 6).Select(_ => OfflineForm()).ToArray();
        var machineId = NewMachineId();
        var whole = Batch(machineId, forms);
        var firstHalf = Batch(machineId, forms[..3]);
        var client = MobileOfficer();

        var arrived = await ItemsOfAsync(await client.PostAsJsonAsync(Path, firstHalf));
        var resent = await ItemsOfAsync(await client.PostAsJsonAsync(Path, whole));

        Assert.Equal(["AlreadyReceived", "AlreadyReceived", "AlreadyReceived", "Created", "Created", "Created"], resent.Select(Outcome));
        Assert.Equal(arrived.Select(IdOf), resent[..3].Select(IdOf));
        Assert.Equal(6, resent.Select(IdOf).Distinct().Count());
        Assert.Equal(6, await SavedApplicationsAsync(forms.Select(PersonalIdOf)));
    }

    [Fact]
    public async Task TwoItemsForTheSameCitizenInOneBatchCreateOneApplicationAndTheOtherIsAConflict()
    {
        var personalId = ApplicationForms.NewPersonalId();
        var items = await ItemsOfAsync(await MobileOfficer().PostAsJsonAsync(Path,
            Batch(NewMachineId(), OfflineForm(personalId), OfflineForm(personalId).With("visitType", "Hospital"))));

        Assert.Equal(["Created", "Conflict"], items.Select(Outcome));
        Assert.Equal(IdOf(items[0]), IdOf(items[1]));
        Assert.Equal(1, await SavedApplicationsAsync([personalId]));
    }

    [Fact]
    public async Task AnItemForACitizenWithAnOpenApplicationIsAConflictNamingThatApplication()
    {
        var personalId = ApplicationForms.NewPersonalId();
        var client = MobileOfficer();
        var open = await client.SubmitAsync(ApplicationForms.Valid(personalId));

        var items = await ItemsOfAsync(await client.PostAsJsonAsync(Path, Batch(NewMachineId(), OfflineForm(personalId), OfflineForm())));

        Assert.Equal(["Conflict", "Created"], items.Select(Outcome));
        Assert.Equal(open, IdOf(items[0]));
        Assert.Equal(1, await SavedApplicationsAsync([personalId]));
    }

    [Fact]
    public async Task TheBatchsMachineIdIsGivenToItemsThatDoNotNameTheirOwn()
    {
        var machineId = NewMachineId();
        var client = MobileOfficer();
        var items = await ItemsOfAsync(await client.PostAsJsonAsync(Path,
            Batch(machineId, OfflineForm(), OfflineForm().With("machineId", "KIT-SPARE-7"))));

        var withoutOwn = await client.GetFromJsonAsync<JsonElement>($"{IntakeClients.ApplicationsPath}/{IdOf(items[0])}");
        var withOwn = await client.GetFromJsonAsync<JsonElement>($"{IntakeClients.ApplicationsPath}/{IdOf(items[1])}");
        Assert.Equal(machineId, withoutOwn.GetProperty("machineId").GetString());
        Assert.Equal("KIT-SPARE-7", withOwn.GetProperty("machineId").GetString());
    }

    [Fact]
    public async Task AnItemStampedWithTheKitsVietnameseLocalTimeIsReceivedAtThatInstant()
    {
        // Kits in the field keep local time; a collection at 21:30 in Vietnam is 14:30 UTC the same day.
        var yesterday = DateTime.UtcNow.AddDays(-1);
        var collectedAt = new DateTimeOffset(yesterday.Year, yesterday.Month, yesterday.Day, 21, 30, 0, TimeSpan.FromHours(7));
        var client = MobileOfficer();

        var response = await client.PostAsJsonAsync(Path, Batch(NewMachineId(), OfflineForm().With("collectedAt", collectedAt.ToString("O"))));
        var items = await ItemsOfAsync(response);

        Assert.Equal("Created", Outcome(items[0]));
        var saved = await client.GetFromJsonAsync<JsonElement>($"{IntakeClients.ApplicationsPath}/{IdOf(items[0])}");
        Assert.Equal(collectedAt, saved.GetProperty("collectedAt").GetDateTimeOffset());
    }

    public static TheoryData<string, Func<Dictionary<string, object?>>> InvalidBatches => new()
    {
        { "items", () => Batch(NewMachineId()) },
        { "items", () => Batch(NewMachineId(), Enumerable.Range(0, 1001).Select(_ => OfflineForm()).ToArray()) },
        { "items", () => Batch(NewMachineId(), [("same", OfflineForm()), ("other", OfflineForm()), ("same", OfflineForm())]) },
        { "items", () => Batch(NewMachineId(), OfflineForm()).With("items", null) },
        { "machineId", () => Batch("", OfflineForm()) },
        { "machineId", () => Batch("KIT 01/ô", OfflineForm()) },
        { "batchId", () => Batch(NewMachineId(), OfflineForm()).With("batchId", null) },
        { "items[0].clientItemId", () => Batch(NewMachineId(), [("", OfflineForm())]) },
    };

    [Theory]
    [MemberData(nameof(InvalidBatches))]
    public async Task AMalformedBatchIsRefusedWholeWithProblemDetailsNamingTheFieldAndNothingIsSaved(
        string field, Func<Dictionary<string, object?>> makeBatch)
    {
        var batch = makeBatch();
        var personalIds = ((IEnumerable<Dictionary<string, object?>>?)batch["items"] ?? [])
            .Select(i => PersonalIdOf((Dictionary<string, object?>)i["application"]!)).ToList();

        // Random ID numbers of 1,001 items can meet another test's citizen in the shared database: compare with before.
        var before = await SavedApplicationsAsync(personalIds);

        var response = await MobileOfficer().PostAsJsonAsync(Path, batch);

        await response.ValidationProblemAsync(field);
        Assert.Equal(before, await SavedApplicationsAsync(personalIds));
    }

    [Theory]
    [InlineData(Roles.Integrator)]
    [InlineData(Roles.Operations)]
    public async Task ARoleThatDoesNotCollectApplicationsCannotSendABatch(string role)
    {
        var form = OfflineForm();
        var response = await intake.ClientFor(role, "38").PostAsJsonAsync(Path, Batch(NewMachineId(), form));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await SavedApplicationsAsync([PersonalIdOf(form)]));
    }

    [Fact]
    public async Task AnItemCollectedForAUnitOutsideTheOfficersIsInvalidAndTheRestOfTheBatchIsCreated()
    {
        // An officer of Xã Cẩm Thuỷ: that commune is theirs, Phường Hạc Thành is not.
        var ours = OfflineForm().With("collectingUnitCode", ApplicationForms.OtherCommune);
        var notOurs = OfflineForm().With("collectingUnitCode", ApplicationForms.Commune);

        var items = await ItemsOfAsync(await MobileOfficer(ApplicationForms.OtherCommune).PostAsJsonAsync(Path, Batch(NewMachineId(), ours, notOurs)));

        Assert.Equal(["Created", "Invalid"], items.Select(Outcome));
        Assert.True(items[1].GetProperty("errors").TryGetProperty("collectingUnitCode", out _), $"No collectingUnitCode error: {items[1]}");
        Assert.Equal(1, await SavedApplicationsAsync([PersonalIdOf(ours)]));
        Assert.Equal(0, await SavedApplicationsAsync([PersonalIdOf(notOurs)]));
    }

    [Fact]
    public async Task TheSameBatchSentFourTimesAtOnceCreatesEachApplicationExactlyOnce()
    {
        var forms = Enumerable.Range(0, 10).Select(_ => OfflineForm()).ToArray();
        var batch = Batch(NewMachineId(), forms);
        var clients = Enumerable.Range(0, 4).Select(_ => MobileOfficer()).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync(Path, batch)));
        var answers = await Task.WhenAll(responses.Select(ItemsOfAsync));

        for (var index = 0; index < forms.Length; index++)
        {
            var answersForItem = answers.Select(a => a[index]).ToList();
            Assert.Single(answersForItem.Select(IdOf).Distinct());
            Assert.Single(answersForItem, i => Outcome(i) == "Created");
            Assert.All(answersForItem, i => Assert.Contains(Outcome(i), new[] { "Created", "AlreadyReceived" }));
        }

        await AssertOneApplicationPerCitizenAsync(forms);
    }

    [Fact]
    public async Task AResendThatReadsTheBatchBeforeTheFirstSendIsSavedIsStillAnsweredAlreadyReceived()
    {
        // A kit that times out resends while its first send is still being saved. Locks on the real database line the
        // two up: the first send is held inside its transaction (after its open applications, before its history),
        // the resend looks up the batch's items (none saved yet) and is then held before it looks up open
        // applications, which it reaches only once the first send has been saved.
        var forms = Enumerable.Range(0, 3).Select(_ => OfflineForm()).ToArray();
        var batch = Batch(NewMachineId(), forms);
        await using var holdHistory = await LockAsync("StatusChanges", "SHARE");
        var first = MobileOfficer().PostAsJsonAsync(Path, batch);
        await Eventually.HoldsAsync(async () => await LockWaitsAsync() == 1);
        await using var holdOpenApplications = await OpenTransactionAsync();
        var openApplicationsLocked = ExecuteAsync(holdOpenApplications, "LOCK TABLE \"OpenApplications\" IN ACCESS EXCLUSIVE MODE");
        await Eventually.HoldsAsync(async () => await LockWaitsAsync() == 2);

        var resend = MobileOfficer().PostAsJsonAsync(Path, batch);
        await Eventually.HoldsAsync(async () => resend.IsCompleted || await LockWaitsAsync() == 3);
        await holdHistory.Transaction.CommitAsync();
        await openApplicationsLocked;
        await holdOpenApplications.Transaction.CommitAsync();

        var created = await ItemsOfAsync(await first);
        var resent = await ItemsOfAsync(await resend);
        Assert.All(created, i => Assert.Equal("Created", Outcome(i)));
        Assert.Equal(["AlreadyReceived", "AlreadyReceived", "AlreadyReceived"], resent.Select(Outcome));
        Assert.Equal(created.Select(IdOf), resent.Select(IdOf));
        await AssertOneApplicationPerCitizenAsync(forms);
    }

    private sealed record HeldConnection(NpgsqlConnection Connection, NpgsqlTransaction Transaction) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Transaction.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }

    private async Task<HeldConnection> OpenTransactionAsync()
    {
        var connection = new NpgsqlConnection(intake.DatabaseConnectionString);
        await connection.OpenAsync();
        return new HeldConnection(connection, await connection.BeginTransactionAsync());
    }

    private async Task<HeldConnection> LockAsync(string table, string mode)
    {
        var held = await OpenTransactionAsync();
        await ExecuteAsync(held, $"LOCK TABLE \"{table}\" IN {mode} MODE");
        return held;
    }

    private static async Task ExecuteAsync(HeldConnection held, string sql)
    {
        await using var command = new NpgsqlCommand(sql, held.Connection, held.Transaction);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>How many sessions on this fixture's database are waiting for a lock.</summary>
    private async Task<long> LockWaitsAsync()
    {
        await using var connection = new NpgsqlConnection(intake.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task AssertOneApplicationPerCitizenAsync(Dictionary<string, object?>[] forms)
    {
        var personalIds = forms.Select(PersonalIdOf).ToList();
        var perCitizen = await intake.QueryAsync(db => db.Applications
            .Where(a => personalIds.Contains(a.PersonalId))
            .GroupBy(a => a.PersonalId)
            .Select(g => g.Count())
            .ToListAsync());
        Assert.Equal(Enumerable.Repeat(1, forms.Length), perCitizen);
    }
}
