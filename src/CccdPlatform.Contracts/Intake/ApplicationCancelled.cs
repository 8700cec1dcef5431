namespace CccdPlatform.Contracts.Intake;

/// <summary>Version 1. An application was cancelled; the citizen may apply again.</summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CollectingUnit">The unit that collected it.</param>
/// <param name="Reason">Why, as the officer recorded it (free text without personal data is expected).</param>
/// <param name="CancelledAt">When.</param>
/// <param name="Map">
/// The map its unit codes belong to: that of the application, the one in force on its collection day (<c>TwoTier2025</c> from 1 July 2025). An optional
/// field added after the first release: messages without it come from that release, and their codes are <c>ThreeTier2023</c>.
/// </param>
public sealed record ApplicationCancelled(
    Guid ApplicationId, UnitPath CollectingUnit, string Reason, DateTimeOffset CancelledAt, UnitMap Map = UnitMap.ThreeTier2023);
