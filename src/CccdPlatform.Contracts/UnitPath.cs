namespace CccdPlatform.Contracts;

/// <summary>
/// Where an administrative unit sits: its province (2 digits), district (3 digits) and commune (5 digits) codes,
/// from the national statistics office list. A province-level unit has no district or commune; a district-level unit
/// has no commune.
/// </summary>
/// <param name="ProvinceCode">Two-digit province code, e.g. <c>38</c> for Thanh Hoa.</param>
/// <param name="DistrictCode">Three-digit district code, e.g. <c>380</c> for Thanh Hoa city, or null.</param>
/// <param name="CommuneCode">Five-digit commune code, or null.</param>
public sealed record UnitPath(string ProvinceCode, string? DistrictCode, string? CommuneCode)
{
    /// <summary>The unit itself and every unit above it, most specific last.</summary>
    public IEnumerable<string> SelfAndAncestors()
    {
        yield return ProvinceCode;
        if (DistrictCode is not null)
        {
            yield return DistrictCode;
        }

        if (CommuneCode is not null)
        {
            yield return CommuneCode;
        }
    }
}
