namespace CccdPlatform.Intake.Model;

public enum ApplicationStatus
{
    Received,
    BiometricsAccepted,
    RecaptureNeeded,
    UnderReview,
    Approved,
    CardProduced,
    CardDelivered,
    Cancelled,
}
