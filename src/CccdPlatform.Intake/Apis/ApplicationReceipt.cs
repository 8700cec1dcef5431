using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

public sealed record ApplicationReceipt(Guid ApplicationId, ApplicationStatus Status);
