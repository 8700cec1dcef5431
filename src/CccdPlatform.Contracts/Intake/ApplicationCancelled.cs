namespace CccdPlatform.Contracts.Intake;

/// <summary>Version 1. An application was cancelled; the citizen may apply again.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CollectingUnit">The unit that collected it.</param>
/// <param name="Reason">Why, as the officer recorded it (free text without personal data is expected).</param>
/// <param name="CancelledAt">When.</param>
public sealed record ApplicationCancelled(Guid ApplicationId, UnitPath CollectingUnit, string Reason, DateTimeOffset CancelledAt);
