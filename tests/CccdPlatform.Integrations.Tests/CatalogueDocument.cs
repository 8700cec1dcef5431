using System.Text.RegularExpressions;

namespace CccdPlatform.Integrations.Tests;

/// <summary>
/// docs/events.md as data: each <c>### Name (vN)</c> entry with the section it sits in, its
/// <c>| field | type | meaning |</c> rows (a row may name several fields, <c>oldStatus, newStatus</c>, with one type for all or one each) and its json example.
/// </summary>
public sealed partial class CatalogueDocument
{
    public const string InternalSection = "Internal events";

    public static CatalogueDocument Load() =>
        Parse(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "events.md")));

    public List<Entry> Entries { get; } = [];

    /// <summary>Headings under an event section that do not read <c>### Name (vN)</c>.</summary>
    public List<string> MalformedHeadings { get; } = [];

    public static CatalogueDocument Parse(IReadOnlyList<string> lines)
    {
        var document = new CatalogueDocument();
        var section = "";
        Entry? entry = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = line[3..].Trim();
                entry = null;
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                var heading = Heading().Match(line);
                if (!heading.Success)
                {
                    document.MalformedHeadings.Add(line);
                    entry = null;
                    continue;
                }

                entry = new Entry(heading.Groups["name"].Value, int.Parse(heading.Groups["version"].Value), section);
                document.Entries.Add(entry);
            }
            else if (entry is not null && TableHeader().IsMatch(line))
            {
                for (i += 2; i < lines.Count && lines[i].StartsWith('|'); i++)
                {
                    var cells = lines[i].Trim().Trim('|').Split('|').Select(c => c.Trim().Replace("`", "")).ToArray();
                    var fields = cells[0].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    var type = cells.Length > 1 ? cells[1] : "";
                    // "level, state | int, string" pairs the types with the fields; one type serves them all.
                    var types = type.Split(',', StringSplitOptions.TrimEntries);
                    for (var f = 0; f < fields.Length; f++)
                    {
                        entry.Fields.Add(new Field(fields[f], types.Length == fields.Length ? types[f] : type, cells.Length > 2 ? cells[2] : ""));
                    }
                }

                i--;
            }
            else if (entry is not null && entry.Example is null && line.Trim() == "```json")
            {
                var json = new List<string>();
                for (i++; i < lines.Count && lines[i].Trim() != "```"; i++)
                {
                    json.Add(lines[i]);
                }

                entry.Example = string.Join('\n', json);
            }
        }

        return document;
    }

    public sealed record Entry(string Name, int Version, string Section)
    {
        public List<Field> Fields { get; } = [];
        public string? Example { get; set; }
        public bool IsInternal => Section == InternalSection;
    }

    public sealed record Field(string Name, string Type, string Meaning);

    [GeneratedRegex(@"^###\s+(?<name>[A-Za-z][A-Za-z0-9]*)\s+\(v(?<version>[0-9]+)\)\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\|\s*field\s*\|\s*type\s*\|\s*meaning\s*\|\s*$")]
    private static partial Regex TableHeader();
}
