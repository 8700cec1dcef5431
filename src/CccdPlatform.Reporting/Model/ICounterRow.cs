using CccdPlatform.Contracts;

namespace CccdPlatform.Reporting.Model;

/// <summary>A row of a counter table: a figure of one unit of one map.</summary>
public interface ICounterRow
{
    UnitMap Map { get; }
    string UnitCode { get; }
}
