using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>The query of <c>GET /api/eid/accounts</c>; the unit defaults to the caller's.</summary>
public sealed record AccountSearch(string? UnitCode, int? Level, string? State, int? Page, int? PageSize)
{
    public const int MaxPageSize = 200;

    public int PageNumber => Page ?? 1;
    public int Size => PageSize ?? 50;

    public Dictionary<string, string[]> Validate(AdministrativeUnits units, UnitMaps maps, string? unitCode)
    {
        var errors = PageErrors(PageNumber, Size);
        if (maps.WhyNotAUnitOf(units, unitCode) is { } why)
        {
            errors["unitCode"] = [why];
        }

        if (Level is not (null or 1 or 2))
        {
            errors["level"] = ["The level is 1 or 2."];
        }

        if (State is not null && ParsedState is null)
        {
            errors["state"] = [$"Use one of: {string.Join(", ", Enum.GetNames<AccountState>())}."];
        }

        return errors;
    }

    public AccountState? ParsedState =>
        State is not null && !State.All(char.IsAsciiDigit) && Enum.TryParse<AccountState>(State, true, out var state) ? state : null;

    public static Dictionary<string, string[]> PageErrors(int page, int size)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"A page holds 1 to {MaxPageSize} items."];
        }

        return errors;
    }
}
