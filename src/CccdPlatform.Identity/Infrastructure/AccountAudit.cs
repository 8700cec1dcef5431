using CccdPlatform.Identity.Model;
using CccdPlatform.ServiceDefaults.Audit;
using Microsoft.AspNetCore.Http;

namespace CccdPlatform.Identity.Infrastructure;

/// <summary>
/// The audit trail of accounts: every sign-in, failure, lockout, second-factor change and account change, in the same
/// append-only table and shape as the services' audit entries. The subject is who acted (the officer signing in, or
/// the manager); the resource is the account concerned.
/// </summary>
public sealed class AccountAudit(IdentityServiceDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string SignedIn = "identity.sign-in";
    public const string SignInFailed = "identity.sign-in.failed";
    public const string LockedOut = "identity.locked-out";
    public const string SecondFactorFailed = "identity.second-factor.failed";
    public const string SecondFactorEnrolled = "identity.second-factor.enrolled";
    public const string PasswordChanged = "identity.password.changed";
    public const string SignedOut = "identity.sign-out";
    public const string OfficerCreated = "identity.officer.created";
    public const string OfficerDisabled = "identity.officer.disabled";
    public const string OfficerEnabled = "identity.officer.enabled";
    public const string PasswordReset = "identity.officer.password-reset";

    /// <summary>Something an officer did to their own account (or tried to: <paramref name="officer"/> may be unknown).</summary>
    public Task OwnAsync(string action, Officer? officer, string? attemptedUserName, int outcome) =>
        WriteAsync(action, officer?.Id ?? "unknown", officer?.Role, officer?.UnitCode,
            officer?.Id ?? (attemptedUserName is null ? null : "user:" + attemptedUserName), outcome);

    /// <summary>A manager's change to an officer's account; joins the change's own SaveChanges when not saved at once.</summary>
    public void Change(string action, Manager manager, string? officerId, int outcome) =>
        db.Set<AuditEntry>().Add(Entry(action, manager.Subject, manager.Role, manager.UnitCode, officerId, outcome));

    private async Task WriteAsync(string action, string subject, string? role, string? unit, string? resource, int outcome)
    {
        db.Set<AuditEntry>().Add(Entry(action, subject, role, unit, resource, outcome));
        await db.SaveChangesAsync();
    }

    private AuditEntry Entry(string action, string subject, string? role, string? unit, string? resource, int outcome) => new()
    {
        Id = Guid.CreateVersion7(),
        At = clock.GetUtcNow(),
        Subject = Clip(subject, AuditTrail.MaxSubjectLength)!,
        Role = role,
        UnitCode = unit,
        Action = action,
        ResourceId = Clip(resource, 64),
        Outcome = outcome,
        CorrelationId = Clip(http.HttpContext?.TraceIdentifier, 64),
    };

    private static string? Clip(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
