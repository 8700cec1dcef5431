namespace CccdPlatform.Domain;

/// <summary>How an old unit's successor was chosen (README "Administrative units: two maps").</summary>
public enum SuccessionRule
{
    /// <summary>A province, into the province that absorbed it (or itself).</summary>
    Province,

    /// <summary>A district: districts were abolished, so into its province; its communes go further down.</summary>
    DistrictToProvince,

    /// <summary>A commune the merger table names in exactly one new commune.</summary>
    Merged,

    /// <summary>
    /// A commune split between several new ones ("phần còn lại"): into the one that kept its code, else the first new
    /// commune (by code) that took a named part of it rather than the remainder, else the first by code.
    /// </summary>
    Split,

    /// <summary>A commune the table does not name (merged again between 2023 and 2025): into the new commune with its code.</summary>
    SameCode,

    /// <summary>Nothing names it and no new commune has its code: counted in its province only.</summary>
    ProvinceOnly,
}
