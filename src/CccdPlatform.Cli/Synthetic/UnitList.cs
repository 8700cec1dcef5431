namespace CccdPlatform.Cli.Synthetic;

/// <summary>
/// The administrative units the platform knows (intake's <c>admin-units.csv</c>: <c>code,name,level,parentCode</c>):
/// every province, and Thanh Hoa's districts and communes. Embedded in the tool; <c>--units FILE</c> reads another copy.
/// </summary>
public sealed class UnitList
{
    public const string ThanhHoa = "38";

    private readonly Dictionary<string, Unit> _byCode;
    private readonly Dictionary<string, Unit[]> _children;

    public UnitList(IEnumerable<Unit> units)
    {
        _byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        _children = _byCode.Values.Where(u => u.ParentCode is not null)
            .GroupBy(u => u.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(u => u.Code, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    public static UnitList Embedded()
    {
        using var stream = typeof(UnitList).Assembly.GetManifestResourceStream("admin-units.csv")
            ?? throw new InvalidOperationException("The unit list is not embedded in this build.");
        return Read(new StreamReader(stream));
    }

    public static UnitList Load(string? path) => path is null ? Embedded() : Read(new StreamReader(path));

    private static UnitList Read(TextReader reader)
    {
        var units = new List<Unit>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Split(',') is [var code, var name, var level, var parent])
            {
                units.Add(new Unit(code, name, Enum.Parse<UnitLevel>(level), parent.Length == 0 ? null : parent));
            }
        }

        reader.Dispose();
        return new UnitList(units);
    }

    public Unit? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var unit) ? unit : null;

    public IReadOnlyList<Unit> ChildrenOf(string code) => _children.GetValueOrDefault(code) ?? [];

    public IEnumerable<Unit> Provinces => _byCode.Values.Where(u => u.Level == UnitLevel.Province);

    /// <summary>The province, district and commune codes of a unit, most general first.</summary>
    public (string Province, string? District, string? Commune) PathOf(Unit unit) => unit.Level switch
    {
        UnitLevel.Province => (unit.Code, null, null),
        UnitLevel.District => (unit.ParentCode!, unit.Code, null),
        _ => (Find(unit.ParentCode)!.ParentCode!, unit.ParentCode, unit.Code),
    };
}

public enum UnitLevel
{
    Province,
    District,
    Commune,
}

public sealed record Unit(string Code, string Name, UnitLevel Level, string? ParentCode);
