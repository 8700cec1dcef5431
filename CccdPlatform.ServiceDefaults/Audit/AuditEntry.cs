namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>
/// One request's read or change of one citizen's data: who, in which role and unit, from which machine, did what to
/// which citizen and resource, when, and with what outcome. Append-only: the database refuses UPDATE, DELETE and
/// TRUNCATE on the table. Holds the citizen's keyed pseudonym, never their ID number or name.
/// </summary>
public sealed class AuditEntry
{
    public Guid Id { get; init; }

    /// <summary>When the service recorded it (UTC).</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The subject of the caller's token.</summary>
    public required string Subject { get; init; }

    public string? Role { get; init; }
    public string? UnitCode { get; init; }

    /// <summary>The reception machine: the <c>X-Machine-Id</c> header, or the machine id the request body names.</summary>
    public string? MachineId { get; init; }

    /// <summary>What was done, e.g. <c>application.read</c> or <c>capture.templates.read</c>.</summary>
    public required string Action { get; init; }

    /// <summary>Intake's keyed pseudonym of the citizen; null for an attempt that named no known citizen.</summary>
    public string? CitizenRef { get; init; }

    /// <summary>The application, capture, case, account or commune acted on.</summary>
    public string? ResourceId { get; init; }

    /// <summary>The HTTP status the caller was answered: 2xx done, 403 refused, 404 not found, and so on.</summary>
    public int Outcome { get; init; }

    public string? CorrelationId { get; init; }
}
