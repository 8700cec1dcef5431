namespace CccdPlatform.Biometrics.Model;

/// <summary>
/// Minimum quality per modality, from the <c>Biometrics:Quality</c> configuration section. Defaults sit where peer
/// systems put theirs: NFIQ 2 of 40 for a finger, 50 for a face (OFIQ) and 60 for an iris, on scales of 0 to 100.
/// </summary>
public sealed class QualityPolicy
{
    public const string Section = "Biometrics:Quality";

    public int FingerprintMinimum { get; set; } = 40;
    public int FaceMinimum { get; set; } = 50;
    public int IrisMinimum { get; set; } = 60;

    /// <summary>Failed captures of an application after which a supervisor may force-accept the latest one.</summary>
    public int FailedAttemptsBeforeForce { get; set; } = 3;

    /// <summary>One reason per finger, face or iris below its minimum; none when the capture passes.</summary>
    public List<string> FailuresOf(Capture capture) => Failures(capture).Select(f => f.Reason).ToList();

    /// <summary>As <see cref="FailuresOf"/>, each reason with the modality that failed.</summary>
    public List<QualityFailure> Failures(Capture capture)
    {
        var failures = new List<QualityFailure>();
        foreach (var finger in capture.Fingers.Where(f => f.Exception is null).OrderBy(f => f.Position))
        {
            if (finger.Quality < FingerprintMinimum)
            {
                failures.Add(new(Modality.Finger,
                    $"{FingerPositions.Describe(finger.Position)}: quality {finger.Quality} below {FingerprintMinimum}"));
            }
        }

        if (capture.FaceQuality < FaceMinimum)
        {
            failures.Add(new(Modality.Face, $"face: quality {capture.FaceQuality} below {FaceMinimum}"));
        }

        foreach (var iris in capture.Irises.Where(i => i.Exception is null && i.Quality < IrisMinimum).OrderBy(i => i.Eye))
        {
            failures.Add(new(Modality.Iris, $"{iris.Eye.ToString().ToLowerInvariant()} iris: quality {iris.Quality} below {IrisMinimum}"));
        }

        return failures;
    }

    /// <summary>Why a supervisor may not force-accept this capture now, or null when they may.</summary>
    public string? WhyForceIsRefused(KnownApplication application, Capture capture)
    {
        if (capture.Outcome != CaptureOutcome.RecaptureNeeded || capture.Id != application.LatestCaptureId
            || application.Status != BiometricStatus.RecaptureNeeded)
        {
            return "Only the application's latest capture, when it needs recapture, can be force-accepted.";
        }

        return application.FailedAttempts < FailedAttemptsBeforeForce
            ? $"Force acceptance needs {FailedAttemptsBeforeForce} failed captures; this application has {application.FailedAttempts}."
            : null;
    }
}
