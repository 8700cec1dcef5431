using CccdPlatform.Contracts;
using CccdPlatform.Domain;

namespace CccdPlatform.Reporting.Model;

/// <summary>National statistics office unit codes: province 2 digits, district 3, commune 5.</summary>
public static class UnitCodes
{
    public static bool IsValid(string? code) => code is { Length: 2 or 3 or 5 } && code.All(char.IsAsciiDigit);

    public static UnitLevel LevelOf(string code) => code.Length switch
    {
        2 => UnitLevel.Province,
        3 => UnitLevel.District,
        _ => UnitLevel.Commune,
    };

    /// <summary>
    /// True for a path an event may carry: a province, with a district under it (three tiers) or not (two tiers), with
    /// a commune under that.
    /// </summary>
    public static bool IsValid(UnitPath? path) =>
        path is not null
        && path.ProvinceCode is { Length: 2 } && IsValid(path.ProvinceCode)
        && (path.DistrictCode is null || path.DistrictCode is { Length: 3 } && IsValid(path.DistrictCode))
        && (path.CommuneCode is null || path.CommuneCode is { Length: 5 } && IsValid(path.CommuneCode));

    /// <summary>Each unit of the path with the path down to it, province first.</summary>
    public static IEnumerable<(string Code, UnitPath Path)> Chain(UnitPath path)
    {
        yield return (path.ProvinceCode, new UnitPath(path.ProvinceCode, null, null));
        if (path.DistrictCode is not null)
        {
            yield return (path.DistrictCode, new UnitPath(path.ProvinceCode, path.DistrictCode, null));
        }

        if (path.CommuneCode is not null)
        {
            yield return (path.CommuneCode, path);
        }
    }
}
