using CccdPlatform.Contracts;

namespace CccdPlatform.ServiceDefaults.Registry;

/// <summary>
/// A service's copy of one station, team or machine of the registry (kept by <see cref="RegistryCopyConsumer"/>).
/// </summary>
public sealed class RegistryEntry
{
    public RegistryKind Kind { get; init; }

    /// <summary>The station or team code, or the machine id.</summary>
    public required string Code { get; init; }

    public required string ProvinceCode { get; set; }
    public string? DistrictCode { get; set; }
    public string? CommuneCode { get; set; }

    /// <summary>Null only while an event that names it has not arrived yet (events may come out of order).</summary>
    public string? Name { get; set; }

    /// <summary>A machine's team.</summary>
    public string? TeamCode { get; set; }

    /// <summary>A machine's station.</summary>
    public string? StationCode { get; set; }

    /// <summary>A team's members, by token subject.</summary>
    public List<string> Members { get; set; } = [];

    /// <summary>False once a team is disbanded or a machine retired.</summary>
    public bool Active { get; set; }

    public long Revision { get; set; }
    public DateTimeOffset ChangedAt { get; set; }

    public UnitPath Unit => new(ProvinceCode, DistrictCode, CommuneCode);

    public string UnitCode => CommuneCode ?? DistrictCode ?? ProvinceCode;
}
