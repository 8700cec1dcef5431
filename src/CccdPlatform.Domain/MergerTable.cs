using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CccdPlatform.Domain;

/// <summary>
/// The 1 July 2025 merger table (<c>province_code,commune_code,commune_full_name,formed_from</c>) resolved against the
/// April 2023 list: every old unit gets one successor (<see cref="UnitSuccession"/>), so that old figures roll up into
/// the new units without being counted twice. The table names old communes by name only; a name shared by several
/// communes of the new province is told apart by the district the text adds in parentheses.
/// </summary>
public sealed class MergerTable
{
    private const string Remainder = "phần còn lại";
    private const string Unchanged = "giữ nguyên";

    private MergerTable(IReadOnlyList<UnitSuccession> successions, IReadOnlyList<MergerPart> resolvedByDistrict, IReadOnlyList<MergerPart> unresolved)
    {
        Successions = successions;
        ResolvedByDistrict = resolvedByDistrict;
        Unresolved = unresolved;
    }

    /// <summary>One successor for every unit of the old map.</summary>
    public IReadOnlyList<UnitSuccession> Successions { get; }

    /// <summary>Names shared by several old communes of the new province, resolved by the district the text gives.</summary>
    public IReadOnlyList<MergerPart> ResolvedByDistrict { get; }

    /// <summary>
    /// Names that match no commune of the April 2023 list (mostly communes formed by the 2024-2025 mergers before the
    /// reform) or several with no district to tell them apart; the old communes behind them fall back on their code.
    /// </summary>
    public IReadOnlyList<MergerPart> Unresolved { get; }

    public static MergerTable Read(TextReader reader, AdministrativeUnits threeTier, AdministrativeUnits twoTier)
    {
        var rows = ReadRows(reader);
        var provinces = NewProvinces(threeTier, twoTier, rows);
        var communes = threeTier.All.Where(u => u.Level == UnitLevel.Commune)
            .Select(u => (Unit: u, Province: provinces[threeTier.ProvinceOf(u.Code)!]))
            .ToList();
        var exact = communes.ToLookup(c => (c.Province, Key(c.Unit.Name)), c => c.Unit);
        var loose = communes.ToLookup(c => (c.Province, Loose(c.Unit.Name)), c => c.Unit);

        var mentions = new List<(string OldCode, MergerPart Part)>();
        var byDistrict = new List<MergerPart>();
        var unresolved = new List<MergerPart>();
        foreach (var (province, newCode, parts) in rows)
        {
            foreach (var part in parts.Select(p => Parse(newCode, p)))
            {
                if (Key(part.Name) == Unchanged)
                {
                    if (threeTier.Exists(newCode, UnitLevel.Commune))
                    {
                        mentions.Add((newCode, part));
                    }

                    continue;
                }

                var candidates = exact[(province, Key(part.Name))].ToList() is { Count: > 0 } found ? found : loose[(province, Loose(part.Name))].ToList();
                if (candidates.Count > 1 && part.DistrictHint is { } hint)
                {
                    candidates = candidates.Where(c => SameName(threeTier.Find(c.ParentCode)!.Name, hint)).ToList();
                    if (candidates.Count == 1)
                    {
                        byDistrict.Add(part);
                    }
                }

                if (candidates.Count == 1)
                {
                    mentions.Add((candidates[0].Code, part));
                }
                else
                {
                    unresolved.Add(part);
                }
            }
        }

        var named = mentions.ToLookup(m => m.OldCode, m => m.Part);
        var successions = new List<UnitSuccession>();
        foreach (var unit in threeTier.All)
        {
            var province = provinces[threeTier.ProvinceOf(unit.Code)!];
            successions.Add(unit.Level switch
            {
                UnitLevel.Province => new UnitSuccession(unit.Code, province, SuccessionRule.Province),
                UnitLevel.District => new UnitSuccession(unit.Code, province, SuccessionRule.DistrictToProvince),
                _ => SuccessorOfCommune(unit.Code, province, named[unit.Code].ToList(), twoTier),
            });
        }

        return new MergerTable(successions, byDistrict, unresolved);
    }

    private static UnitSuccession SuccessorOfCommune(string code, string province, List<MergerPart> parts, AdministrativeUnits twoTier)
    {
        var newCodes = parts.Select(p => p.NewCode).Distinct().Order(StringComparer.Ordinal).ToList();
        if (newCodes.Count == 1)
        {
            return new UnitSuccession(code, newCodes[0], SuccessionRule.Merged);
        }

        if (newCodes.Count > 1)
        {
            var chosen = newCodes.Contains(code)
                ? code
                : parts.Where(p => !p.IsRemainder).Select(p => p.NewCode).Order(StringComparer.Ordinal).FirstOrDefault() ?? newCodes[0];
            return new UnitSuccession(code, chosen, SuccessionRule.Split);
        }

        return twoTier.IsDirectlyUnder(code, province)
            ? new UnitSuccession(code, code, SuccessionRule.SameCode)
            : new UnitSuccession(code, province, SuccessionRule.ProvinceOnly);
    }

    /// <summary>
    /// Each old province's new one: itself when its code is still a province's (the absorbing province kept its code),
    /// otherwise the new province whose rows name most of its communes.
    /// </summary>
    private static Dictionary<string, string> NewProvinces(AdministrativeUnits threeTier, AdministrativeUnits twoTier, List<Row> rows)
    {
        var byName = threeTier.All.Where(u => u.Level == UnitLevel.Commune).ToLookup(u => Key(u.Name));
        var votes = rows
            .SelectMany(r => r.Parts.Select(p => byName[Key(Parse(r.NewCode, p).Name)].ToList() is [var only]
                ? (Old: threeTier.ProvinceOf(only.Code)!, New: r.Province)
                : default))
            .Where(v => v.Old is not null)
            .ToLookup(v => v.Old, v => v.New);
        return threeTier.All.Where(u => u.Level == UnitLevel.Province).ToDictionary(
            u => u.Code,
            u => twoTier.Exists(u.Code, UnitLevel.Province)
                ? u.Code
                : votes[u.Code].GroupBy(n => n).MaxBy(g => g.Count())?.Key
                  ?? throw new FormatException($"The merger table names no commune of old province {u.Code}."),
            StringComparer.Ordinal);
    }

    private sealed record Row(string Province, string NewCode, List<string> Parts);

    private static List<Row> ReadRows(TextReader reader)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        return csv.GetRecords<RawRow>()
            .Select(r => new Row(r.province_code, r.commune_code, SplitOutsideParentheses(r.formed_from)))
            .ToList();
    }

    private static MergerPart Parse(string newCode, string text)
    {
        var open = text.IndexOf('(');
        var name = (open < 0 ? text : text[..open]).Trim();
        var notes = open < 0 ? [] : text[open..].Split('(', StringSplitOptions.RemoveEmptyEntries).Select(n => n.Trim().TrimEnd(')').Trim()).ToList();
        var district = notes.FirstOrDefault(n => !n.StartsWith(Remainder, StringComparison.OrdinalIgnoreCase));
        return new MergerPart(newCode, text, name, district, notes.Any(n => n.StartsWith(Remainder, StringComparison.OrdinalIgnoreCase)));
    }

    private static List<string> SplitOutsideParentheses(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (text[i] == ',' && depth == 0)
            {
                parts.Add(text[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(text[start..].Trim());
        return parts.Where(p => p.Length > 0).ToList();
    }

    private static bool SameName(string a, string b) => Key(a) == Key(b) || Loose(a) == Loose(b);

    private static string Key(string name) => name.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant();

    /// <summary>Without tone marks: the lists write "Hoà" and "Hòa", "Thuỷ" and "Thủy" for the same name.</summary>
    private static string Loose(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Trim();
    }

    private sealed record RawRow(string province_code, string commune_code, string commune_full_name, string formed_from);
}
