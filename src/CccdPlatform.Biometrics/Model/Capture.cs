namespace CccdPlatform.Biometrics.Model;

/// <summary>
/// One capture session of an application's biometrics. Templates and photo references are stored encrypted
/// (see <c>TemplateProtector</c>); the outcome and the reasons behind it are plain.
/// </summary>
public sealed class Capture
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }

    /// <summary>1 for the application's first capture, 2 for the next, and so on; 0 while held or when refused.</summary>
    public int Attempt { get; set; }

    public required string MachineId { get; init; }

    /// <summary>The subject of the officer's token.</summary>
    public required string OperatorId { get; init; }

    public DateTimeOffset CapturedAt { get; init; }
    public List<FingerRecord> Fingers { get; set; } = [];
    public int FaceQuality { get; init; }
    public required byte[] EncryptedFaceTemplate { get; set; }
    public List<IrisRecord> Irises { get; set; } = [];
    public CaptureOutcome Outcome { get; set; }

    /// <summary>Why a recapture is needed: one line per failed finger, face or iris.</summary>
    public List<string> Reasons { get; set; } = [];

    /// <summary>When the face joined the deduplication gallery; null until the capture is accepted.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>
    /// The officer's unit claim and whether they were Admin when they captured: a held capture is checked against its
    /// application's unit only once intake announces it.
    /// </summary>
    public string? OfficerUnitCode { get; init; }

    public bool OfficerIsAdmin { get; init; }

    /// <summary>The caller's subject and Idempotency-Key, so that a resend finds this capture instead of making another.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>SHA-256 of the request as read, to tell a resend from a different capture under the same key.</summary>
    public string? RequestHash { get; init; }

    public bool Forced { get; private set; }
    public string? ForcedBy { get; private set; }
    public string? ForceReason { get; private set; }
    public DateTimeOffset? ForcedAt { get; private set; }

    public bool IsHeld => Outcome == CaptureOutcome.WaitingForApplication;

    public void Refuse(string reason)
    {
        Outcome = CaptureOutcome.Refused;
        Reasons = [reason];
    }

    /// <summary>Never screened: the templates and photo references go, the record of the attempt stays.</summary>
    public void Expire()
    {
        Outcome = CaptureOutcome.Expired;
        Reasons = ["the application was never announced by intake; capture again once it is"];
        EncryptedFaceTemplate = [];
        Fingers = Fingers.Select(f => f.Erased()).ToList();
        Irises = Irises.Select(i => i.Erased()).ToList();
    }

    public void Force(string supervisor, string reason, DateTimeOffset at)
    {
        Forced = true;
        ForcedBy = supervisor;
        ForceReason = reason;
        ForcedAt = at;
    }
}
