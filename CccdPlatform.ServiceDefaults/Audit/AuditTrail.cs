using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>
/// What one request of an audited endpoint did to which citizens. A handler only says which citizen and resource it
/// read (<see cref="Read"/>) or changes (<see cref="Change"/>); who, when, unit, machine, correlation id and outcome
/// come from the request. Reads are written in their own insert before the answer leaves; a change's entry commits in
/// the handler's own SaveChanges, so it costs no extra round trip and exists exactly when the change does.
/// </summary>
public sealed class AuditTrail(IServiceScopeFactory scopes, TimeProvider clock)
{
    public const string MachineHeader = "X-Machine-Id";
    public const int MaxSubjectLength = 200;
    public const int MaxMachineIdLength = 64;

    private readonly List<(string? CitizenRef, string? ResourceId, int? Outcome)> reads = [];
    private readonly List<AuditEntry> changes = [];
    private readonly HashSet<AuditEntry> committed = [];
    private readonly HashSet<DbContext> watched = [];
    private HttpContext? http;
    private string action = "";
    private string? machineId;
    private bool written;

    internal void Begin(HttpContext context, string auditedAction)
    {
        http = context;
        action = auditedAction;
        machineId = context.Request.Headers[MachineHeader].ToString() is { Length: > 0 } header ? Clip(header, MaxMachineIdLength) : null;
    }

    /// <summary>The machine the request body names, when the caller sent no <c>X-Machine-Id</c> header.</summary>
    public void OnMachine(string? bodyMachineId) =>
        machineId ??= string.IsNullOrWhiteSpace(bodyMachineId) ? null : Clip(bodyMachineId.Trim(), MaxMachineIdLength);

    /// <summary>
    /// The request reads (or was refused) this citizen's data. Recorded with the answer's status, or with
    /// <paramref name="outcome"/> for one item of a many-item answer.
    /// </summary>
    public void Read(string? citizenRef, object? resourceId, int? outcome = null)
    {
        EnsureBegun();
        reads.Add((citizenRef, IdOf(resourceId), outcome));
    }

    /// <summary>
    /// The request changes this citizen's data: the entry joins <paramref name="db"/>'s next SaveChanges, with the
    /// status the request answers when that change commits. A change that never commits is recorded as an attempt
    /// with the status actually answered, when that is not a success.
    /// </summary>
    public void Change(DbContext db, string citizenRef, object? resourceId, int outcome = StatusCodes.Status200OK)
    {
        var entry = NewEntry(citizenRef, resourceId, outcome);
        db.Set<AuditEntry>().Add(entry);
        changes.Add(entry);
        if (watched.Add(db))
        {
            // Noted when saved, not looked up at the end: a handler may clear its change tracker after a later failure.
            db.SavedChanges += (_, _) => committed.UnionWith(changes.Where(e => db.Entry(e).State == EntityState.Unchanged));
        }
    }

    /// <summary>
    /// The changes not saved yet will not happen, and the answer says why (a retried request answered as before, a
    /// duplicate refused): they are not recorded as attempts.
    /// </summary>
    public void Abandon() => changes.RemoveAll(e => !committed.Contains(e));

    /// <summary>The HTTP status a handler's result answers with.</summary>
    public static int StatusOf(object? result) => result switch
    {
        IStatusCodeHttpResult { StatusCode: { } status } => status,
        INestedHttpResult nested => StatusOf(nested.Result),
        _ => StatusCodes.Status200OK,
    };

    /// <summary>Writes what is not written yet; once per request.</summary>
    internal async Task WriteAsync(int status)
    {
        if (written || http is null)
        {
            return;
        }

        written = true;
        var succeeded = status is >= 200 and < 300;
        var done = committed.Select(e => (e.CitizenRef, e.ResourceId)).ToHashSet();
        var citizensChanged = committed.Select(e => e.CitizenRef).ToHashSet();

        var rows = new List<AuditEntry>();
        foreach (var (citizenRef, resourceId, outcome) in reads)
        {
            // A read of what this request also changed, or of the citizen in general, is told by the change's entry.
            if ((resourceId is not null || !citizensChanged.Contains(citizenRef)) && done.Add((citizenRef, resourceId)))
            {
                rows.Add(NewEntry(citizenRef, resourceId, outcome ?? status));
            }
        }

        if (!succeeded)
        {
            rows.AddRange(changes
                .Where(e => !committed.Contains(e) && done.Add((e.CitizenRef, e.ResourceId)))
                .Select(e => NewEntry(e.CitizenRef, e.ResourceId, status)));
        }

        if (rows.Count == 0 && committed.Count == 0 && !succeeded)
        {
            // Refused or failed before any citizen was known: the attempt itself tells an investigator something.
            rows.Add(NewEntry(null, http.GetRouteValue("id"), status));
        }

        if (rows.Count == 0)
        {
            return;
        }

        // A context of its own: the request's may hold changes that failed and must not be retried here.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DbContext>();
        db.Set<AuditEntry>().AddRange(rows);
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private HttpContext EnsureBegun() =>
        http ?? throw new InvalidOperationException("The endpoint is not audited: add .Audited(\"...\") to its route.");

    private static string? IdOf(object? resourceId) => resourceId?.ToString() is { } id ? Clip(id, 64) : null;

    private AuditEntry NewEntry(string? citizenRef, object? resourceId, int outcome)
    {
        var context = EnsureBegun();
        var user = context.User;
        var roles = user.FindAll(PlatformClaims.Role).Select(c => c.Value).ToList();
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(),
            At = clock.GetUtcNow(),
            Subject = Clip(user.SubjectOf(), MaxSubjectLength),
            Role = roles.Count == 0 ? null : Clip(string.Join(',', roles), 100),
            UnitCode = user.UnitCodeOf() is { } unit ? Clip(unit, 20) : null,
            MachineId = machineId,
            Action = action,
            CitizenRef = citizenRef,
            ResourceId = IdOf(resourceId),
            Outcome = outcome,
            CorrelationId = Clip(context.TraceIdentifier, 64),
        };
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];
}
