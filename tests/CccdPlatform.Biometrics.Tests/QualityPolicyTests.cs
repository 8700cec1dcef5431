using CccdPlatform.Biometrics.Model;

namespace CccdPlatform.Biometrics.Tests;

public class QualityPolicyTests
{
    private readonly QualityPolicy _policy = new();

    private static Capture CaptureWith(int fingerQuality = 80, int faceQuality = 80, int? irisQuality = null, FingerException? exception = null) => new()
    {
        MachineId = "KIT-1",
        OperatorId = "officer-1",
        EncryptedFaceTemplate = [],
        FaceQuality = faceQuality,
        Fingers = FingerPositions.All.Select(p => new FingerRecord
        {
            Position = p,
            Quality = p == 3 && exception is null ? fingerQuality : p == 3 ? null : 80,
            Exception = p == 3 ? exception : null,
        }).ToList(),
        Irises = irisQuality is { } q ? [new IrisRecord { Eye = Eye.Right, Quality = q, EncryptedTemplate = [] }] : [],
    };

    [Fact]
    public void TheDefaultsAreWherePeersPutThem()
    {
        Assert.Equal(40, _policy.FingerprintMinimum);
        Assert.Equal(50, _policy.FaceMinimum);
        Assert.Equal(60, _policy.IrisMinimum);
        Assert.Equal(3, _policy.FailedAttemptsBeforeForce);
    }

    [Fact]
    public void AGoodCaptureHasNoFailure() => Assert.Empty(_policy.FailuresOf(CaptureWith(irisQuality: 90)));

    [Fact]
    public void AFingerBelowTheMinimumIsNamedWithItsScore() =>
        Assert.Equal(["finger 3 (right middle finger): quality 39 below 40"], _policy.FailuresOf(CaptureWith(fingerQuality: 39)));

    [Fact]
    public void AScoreAtTheMinimumPasses() =>
        Assert.Empty(_policy.FailuresOf(CaptureWith(fingerQuality: 40, faceQuality: 50, irisQuality: 60)));

    [Fact]
    public void AFaceBelowTheMinimumFails() =>
        Assert.Equal(["face: quality 49 below 50"], _policy.FailuresOf(CaptureWith(faceQuality: 49)));

    [Fact]
    public void AnIrisBelowTheMinimumFails() =>
        Assert.Equal(["right iris: quality 59 below 60"], _policy.FailuresOf(CaptureWith(irisQuality: 59)));

    [Fact]
    public void AFingerWithADocumentedExceptionIsNotScored() =>
        Assert.Empty(_policy.FailuresOf(CaptureWith(exception: FingerException.Bandaged)));

    [Fact]
    public void ThresholdsComeFromConfiguration()
    {
        var strict = new QualityPolicy { FingerprintMinimum = 90 };
        Assert.Equal(10, strict.FailuresOf(CaptureWith()).Count);
    }
}
