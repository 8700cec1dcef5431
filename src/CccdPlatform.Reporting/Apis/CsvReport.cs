using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CccdPlatform.Reporting.Apis;

/// <summary>
/// Every report also comes as CSV, for <c>?format=csv</c> or <c>Accept: text/csv</c>: UTF-8 with a byte order mark
/// (so spreadsheet programs read Vietnamese names right), invariant numbers, ISO dates.
/// </summary>
public static class CsvReport
{
    public const string ContentType = "text/csv";

    public static bool IsValidFormat(string? format) => format is null or "json" or "csv";

    public static bool IsWanted(string? format, HttpRequest request) =>
        format == "csv" || format is null && request.Headers.Accept.Any(a => a?.Contains(ContentType, StringComparison.OrdinalIgnoreCase) == true);

    public static ValidationProblem InvalidFormat() => TypedResults.ValidationProblem(new Dictionary<string, string[]>
    {
        ["format"] = ["Use json (the default) or csv."],
    });

    /// <summary>A table: one header line and one line per row.</summary>
    public static FileContentHttpResult Table(string fileName, IEnumerable<string> header, IEnumerable<IEnumerable<object?>> rows) =>
        Write(fileName, csv =>
        {
            foreach (var column in header)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(Text(value));
                }

                csv.NextRecord();
            }
        });

    /// <summary>
    /// A report's figures one per line, <c>figure,value</c>, named by their JSON path (<c>byChannel.Mobile</c>,
    /// <c>days.0.received</c>): exactly the JSON answer's values, since both come from the same view.
    /// </summary>
    public static FileContentHttpResult Figures<T>(string fileName, T view, JsonSerializerOptions json) =>
        Table(fileName, ["figure", "value"], Flatten(JsonSerializer.SerializeToElement(view, json), "")
            .Select(f => (IEnumerable<object?>)[f.Name, f.Value]));

    private static IEnumerable<(string Name, string Value)> Flatten(JsonElement element, string path) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Flatten(p.Value, Join(path, p.Name))),
        JsonValueKind.Array => element.EnumerateArray().SelectMany((item, index) => Flatten(item, Join(path, index.ToString(CultureInfo.InvariantCulture)))),
        JsonValueKind.String => [(path, element.GetString()!)],
        JsonValueKind.Null => [(path, "")],
        JsonValueKind.True => [(path, "true")],
        JsonValueKind.False => [(path, "false")],
        _ => [(path, element.GetRawText())],
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static FileContentHttpResult Write(string fileName, Action<CsvWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            write(csv);
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return TypedResults.File(bytes, $"{ContentType}; charset=utf-8", fileName);
    }
}
