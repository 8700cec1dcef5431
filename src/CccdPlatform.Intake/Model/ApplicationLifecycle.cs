using CccdPlatform.Domain;

namespace CccdPlatform.Intake.Model;

/// <summary>Which status may follow which. Anything not listed is refused.</summary>
public static class ApplicationLifecycle
{
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Next = new()
    {
        [ApplicationStatus.Received] =
            [ApplicationStatus.BiometricsAccepted, ApplicationStatus.RecaptureNeeded, ApplicationStatus.UnderReview, ApplicationStatus.Cancelled],
        [ApplicationStatus.RecaptureNeeded] =
            [ApplicationStatus.BiometricsAccepted, ApplicationStatus.RecaptureNeeded, ApplicationStatus.UnderReview, ApplicationStatus.Cancelled],
        [ApplicationStatus.UnderReview] = [ApplicationStatus.BiometricsAccepted, ApplicationStatus.Cancelled],
        [ApplicationStatus.BiometricsAccepted] = [ApplicationStatus.Approved, ApplicationStatus.Cancelled],
        [ApplicationStatus.Approved] = [ApplicationStatus.CardProduced, ApplicationStatus.Cancelled],
        [ApplicationStatus.CardProduced] = [ApplicationStatus.CardDelivered],
        [ApplicationStatus.CardDelivered] = [],
        [ApplicationStatus.Cancelled] = [],
    };

    public static bool CanMove(ApplicationStatus from, ApplicationStatus to) => Next[from].Contains(to);

    /// <summary>As <see cref="CanMove(ApplicationStatus, ApplicationStatus)"/>; a citizen from whom no biometrics are taken (under 6) goes from reception to approval.</summary>
    public static bool CanMove(ApplicationStatus from, ApplicationStatus to, BiometricsRequirement biometrics) =>
        CanMove(from, to)
        || (biometrics == BiometricsRequirement.None && from == ApplicationStatus.Received && to == ApplicationStatus.Approved);

    /// <summary>An open application blocks another one for the same citizen.</summary>
    public static bool IsOpen(ApplicationStatus status) =>
        status is not (ApplicationStatus.CardDelivered or ApplicationStatus.Cancelled);
}
