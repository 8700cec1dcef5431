using CccdPlatform.Intake.Model;

namespace CccdPlatform.Intake.Apis;

/// <param name="CardExpiresOn">The new card's expiry by the rules of the collection day; null when it is valid for life.</param>
public sealed record ApplicationReceipt(Guid ApplicationId, ApplicationStatus Status, DateOnly? CardExpiresOn);
