using System.Globalization;
using System.Text;
using CccdPlatform.Intake.Model;
using Microsoft.VisualBasic.FileIO;

namespace CccdPlatform.Intake.Apis;

/// <summary>
/// Reads a roster CSV (quoted fields allowed, comma or semicolon separated, header first). A row that cannot be read
/// becomes an error for its line, never a failed import; a missing column fails the file.
/// </summary>
public static class RosterCsv
{
    private static readonly string[] RequiredColumns = ["personalid", "fullname", "dateofbirth", "sex"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static IEnumerable<RosterRow> Read(string csv)
    {
        var lineCount = csv.TrimEnd('\r', '\n').Split('\n').Length;
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(",", ";");
        string[] header;
        try
        {
            header = parser.ReadFields()?.Select(h => h.Trim().ToLowerInvariant()).ToArray() ?? [];
        }
        catch (MalformedLineException)
        {
            header = [];
        }

        var missing = RequiredColumns.Except(header).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException(
                "The first line must name the columns personalId, fullName, dateOfBirth, sex (and optionally addressLine); " +
                $"missing: {string.Join(", ", missing)}.");
        }

        var column = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        while (!parser.EndOfData)
        {
            string[] fields;
            try
            {
                fields = parser.ReadFields() ?? [];
            }
            catch (MalformedLineException)
            {
                fields = [];
            }

            // The parser skips blank lines, so the line just read is the one before the next, or the file's last.
            var line = parser.LineNumber is var next and > 0 ? (int)next - 1 : lineCount;

            string? Field(string name) => column.TryGetValue(name, out var i) && i < fields.Length && fields[i].Length > 0 ? fields[i] : null;
            yield return new RosterRow(
                line,
                Field("personalid"),
                Field("fullname"),
                DateOnly.TryParseExact(Field("dateofbirth"), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
                    ? birth
                    : null,
                SexOf(Field("sex")),
                Field("addressline"));
        }
    }

    private static Sex? SexOf(string? value) => value?.Normalize(NormalizationForm.FormC).ToLowerInvariant() switch
    {
        "male" or "nam" or "m" => Sex.Male,
        "female" or "nữ" or "nu" or "f" => Sex.Female,
        _ => null,
    };
}
