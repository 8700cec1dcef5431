using System.Net;
using CccdPlatform.Contracts;
using CccdPlatform.TestSupport.Access;
using static CccdPlatform.ServiceDefaults.Authentication.Roles;
using static CccdPlatform.TestSupport.Access.AccessRow;

namespace CccdPlatform.EIdentification.Tests;

/// <summary>
/// Every e-identification route, as every role and with no token, against accounts of the caller's unit (Phường Hạc
/// Thành, 14797) and of another commune (Phường Bỉm Sơn, 14812) of the same province.
/// </summary>
/// <remarks>
/// Activating and asking for a new code are the citizen's acts, proved by the code texted to their phone: any officer,
/// wherever the account lies, on the officers' routes; a citizen app on its own self-service routes and nowhere else.
/// The Development outbox is mapped in Development only (the tests run there); <see cref="ProductionTests"/> checks it
/// is absent elsewhere.
/// </remarks>
public class AccessMatrixTests(EIdFactory eid) : AccessMatrixFacts<Program>(eid, CallerUnit), IClassFixture<EIdFactory>
{
    private const string CallerUnit = "14797";
    private const string Accounts = EIdClients.AccountsPath;
    private const string SelfService = EIdClients.SelfServicePath;
    private static readonly string[] Requesters = [StationOfficer, MobileOfficer, Supervisor, Admin];
    private static readonly string[] Readers = [.. Requesters, Operations];
    private static readonly string[] Officers = [.. Readers];

    private readonly Dictionary<Side, TestCitizen> _withoutAccount = [];
    private readonly Dictionary<Side, TestCitizen> _selfServing = [];
    private readonly Dictionary<Side, TestCitizen> _holder = [];
    private readonly Dictionary<Side, Guid> _account = [];

    protected override IReadOnlyList<AccessRow> Matrix() =>
    [
        //  route                                                   roles                             reach             request
        .. Probes,
        new("POST /api/eid/accounts",                               Requesters,                       Reach.OwnUnit,    s => Post(Accounts, Form(_withoutAccount[s], s))),
        new("GET /api/eid/accounts",                                Readers,                          Reach.OwnUnit,    s => Get($"{Accounts}?unitCode={CommuneOf(s)}")),
        new("GET /api/eid/accounts/{id:guid}",                      Readers,                          Reach.OwnUnit,    s => Get($"{Accounts}/{_account[s]}")),
        new("GET /api/eid/accounts/by-personal-id/{personalId}",    Readers,                          Reach.OwnUnit,    s => Get($"{Accounts}/by-personal-id/{_holder[s].PersonalId}")),
        new("POST /api/eid/accounts/{id:guid}/activate",            Officers,                         Reach.AnyUnit,    s => Post($"{Accounts}/{_account[s]}/activate", new { code = "000000" })),
        new("POST /api/eid/accounts/{id:guid}/resend-code",         Officers,                         Reach.AnyUnit,    s => Post($"{Accounts}/{_account[s]}/resend-code")),
        new("POST /api/eid/accounts/{id:guid}/lock",                [Supervisor, Admin],              Reach.OwnUnit,    s => Post($"{Accounts}/{_account[s]}/lock", new { reason = "Phone reported stolen" })),
        new("POST /api/eid/accounts/{id:guid}/unlock",              [Supervisor, Admin],              Reach.OwnUnit,    s => Post($"{Accounts}/{_account[s]}/unlock", new { })),
        new("GET /api/eid/overdue",                                 [Supervisor, Operations, Admin],  Reach.OwnUnit,    s => Get($"/api/eid/overdue?unitCode={CommuneOf(s)}")),
        new("GET /api/eid/dev/outbox",                              Officers,                         Reach.AnyUnit,    s => Get($"/api/eid/dev/outbox?phone={_holder[s].PhoneNumber}")),
        new("POST /api/eid/self-service/accounts",                  [CitizenApp],                     Reach.AnyUnit,    s => Post(SelfService, _selfServing[s].SelfServiceForm())),
        new("POST /api/eid/self-service/accounts/{id:guid}/activate", [CitizenApp],                   Reach.AnyUnit,    s => Post($"{SelfService}/{_account[s]}/activate", new { code = "000000" })),
        new("POST /api/eid/self-service/accounts/{id:guid}/resend-code", [CitizenApp],                Reach.AnyUnit,    s => Post($"{SelfService}/{_account[s]}/resend-code")),
        new("GET /api/eid/audit",                                   [Admin],                          Reach.AnyUnit,    s => Get($"/api/eid/audit?citizen={_holder[s].PersonalId}")),
    ];

    private static string CommuneOf(Side side) => side == Side.Inside ? "14797" : "14812";

    private static Dictionary<string, object?> Form(TestCitizen citizen, Side side) =>
        new(citizen.Form(level: 1)) { ["unitCode"] = CommuneOf(side) };

    /// <summary>On each side: a citizen intake knows with no account yet, and one holding a level 1 account.</summary>
    protected override async Task SeedAsync()
    {
        var admin = eid.ClientFor(Admin);
        foreach (var side in Enum.GetValues<Side>())
        {
            var collectedIn = new UnitPath("38", null, CommuneOf(side));
            _withoutAccount[side] = TestCitizen.New();
            await eid.RecordAsync(_withoutAccount[side], collectingUnit: collectedIn);
            _selfServing[side] = TestCitizen.New();
            await eid.RecordAsync(_selfServing[side], collectingUnit: collectedIn);
            _holder[side] = TestCitizen.New();
            await eid.RecordAsync(_holder[side], collectingUnit: collectedIn);
            _account[side] = (await admin.RequestAsync(Form(_holder[side], side), HttpStatusCode.Created)).Id();
        }
    }
}
