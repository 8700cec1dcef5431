using System.Text.Json.Serialization;

namespace CccdPlatform.Contracts;

/// <summary>
/// The administrative map a unit code belongs to: the same 5-digit code names a different commune before and after
/// 1 July 2025, so stored work and events say which map their codes come from. Written by name in JSON (events,
/// outbox rows, webhooks), as the catalogue documents it.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnitMap>))]
public enum UnitMap
{
    /// <summary>Province, district, commune: the units in force until 30 June 2025 (the 10 April 2023 list).</summary>
    ThreeTier2023,

    /// <summary>Province and commune, no districts: the units in force since 1 July 2025 (the 30 April 2026 list).</summary>
    TwoTier2025,
}
