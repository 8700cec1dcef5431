using CccdPlatform.Contracts;

namespace CccdPlatform.EIdentification.Model;

/// <summary>
/// Where each administrative unit sits, from the national statistics office list that intake also uses
/// (<c>Data/admin-units.csv</c>: <c>code,name,level,parentCode</c>).
/// </summary>
public sealed class UnitDirectory
{
    private readonly Dictionary<string, string?> _parentOf;

    public UnitDirectory(IEnumerable<(string Code, string? ParentCode)> units) =>
        _parentOf = units.ToDictionary(u => u.Code, u => u.ParentCode, StringComparer.Ordinal);

    public static UnitDirectory LoadCsv(string path) => new(File.ReadLines(path)
        .Skip(1)
        .Where(line => !string.IsNullOrWhiteSpace(line))
        .Select(line => line.Split(','))
        .Select(f => (f[0], string.IsNullOrEmpty(f[3]) ? null : f[3])));

    /// <summary>The unit and the units above it, or null when the code is unknown.</summary>
    public UnitPath? PathOf(string? code)
    {
        if (code is null || !_parentOf.TryGetValue(code, out var parent))
        {
            return null;
        }

        return parent is null ? new UnitPath(code, null, null)
            : _parentOf[parent] is { } province ? new UnitPath(province, parent, code)
            : new UnitPath(parent, code, null);
    }
}
