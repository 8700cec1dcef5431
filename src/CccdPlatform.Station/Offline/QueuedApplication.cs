using System.Text.Json;
using System.Text.Json.Nodes;

namespace CccdPlatform.Station.Offline;

/// <summary>A queued application of the signed-in officer, decrypted: its body as the API takes it.</summary>
public sealed record QueuedApplication(
    string ClientItemId, DateTimeOffset QueuedAt, bool HasProblem, JsonObject Application, ItemProblem? Problem)
{
    public string? Text(string path) => Find(path) is { } node && node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;

    /// <summary>The value at a problem's field path (<c>permanentAddress.communeCode</c>), if the body has one.</summary>
    public JsonNode? Find(string path)
    {
        JsonNode? node = Application;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject o ? o.FirstOrDefault(p => string.Equals(p.Key, part, StringComparison.OrdinalIgnoreCase)).Value : null;
        }

        return node;
    }
}
