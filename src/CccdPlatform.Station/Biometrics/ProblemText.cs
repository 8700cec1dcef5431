using System.Text.Json;

namespace CccdPlatform.Station.Biometrics;

/// <summary>An RFC 7807 answer as one line for the officer: its title, detail and per-field messages.</summary>
public static class ProblemText
{
    public static async Task<string> OfAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            using var problem = JsonDocument.Parse(text);
            var root = problem.RootElement;
            var parts = new List<string> { $"{(int)response.StatusCode}" };
            foreach (var name in new[] { "title", "detail" })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                {
                    parts.Add(value.GetString()!);
                }
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                parts.AddRange(errors.EnumerateObject().SelectMany(e => e.Value.EnumerateArray().Select(m => $"{e.Name}: {m.GetString()}")));
            }

            return string.Join(" ", parts);
        }
        catch (JsonException)
        {
            return $"{(int)response.StatusCode} {text}";
        }
    }
}
