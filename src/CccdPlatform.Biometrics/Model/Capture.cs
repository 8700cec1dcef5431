namespace CccdPlatform.Biometrics.Model;

/// <summary>
/// One capture session of an application's biometrics. Templates and photo references are stored encrypted
/// (see <c>TemplateProtector</c>); the outcome and the reasons behind it are plain.
/// </summary>
public sealed class Capture
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }

    /// <summary>1 for the application's first capture, 2 for the next, and so on.</summary>
    public int Attempt { get; init; }

    public required string MachineId { get; init; }

    /// <summary>The subject of the officer's token.</summary>
    public required string OperatorId { get; init; }

    public DateTimeOffset CapturedAt { get; init; }
    public List<FingerRecord> Fingers { get; init; } = [];
    public int FaceQuality { get; init; }
    public required byte[] EncryptedFaceTemplate { get; init; }
    public List<IrisRecord> Irises { get; init; } = [];
    public CaptureOutcome Outcome { get; set; }

    /// <summary>Why a recapture is needed: one line per failed finger, face or iris.</summary>
    public List<string> Reasons { get; set; } = [];

    /// <summary>When the face joined the deduplication gallery; null until the capture is accepted.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }

    public bool Forced { get; private set; }
    public string? ForcedBy { get; private set; }
    public string? ForceReason { get; private set; }
    public DateTimeOffset? ForcedAt { get; private set; }

    public void Force(string supervisor, string reason, DateTimeOffset at)
    {
        Forced = true;
        ForcedBy = supervisor;
        ForceReason = reason;
        ForcedAt = at;
    }
}
