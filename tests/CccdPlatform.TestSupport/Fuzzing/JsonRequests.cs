using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace CccdPlatform.TestSupport.Fuzzing;

/// <summary>
/// Malformed variants of a valid JSON request: one of its fields faulted, the body cut at a random byte, a key given
/// twice, the wrong content type, or a body that is no object at all.
/// </summary>
public static class JsonRequests
{
    private static readonly JsonSerializerOptions Plain = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string?[] WrongContentTypes =
        ["text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/csv", null];

    public static Gen<MalformedRequest> Mutations(
        HttpMethod method, string path, JsonObject valid, IReadOnlyList<FieldFaults> fields, bool bodyIsOptional = false)
    {
        var validBytes = Serialize(valid);
        MalformedRequest Json(string fault, byte[] body) => MalformedRequest.Json(fault, method, path, body);
        string[] notObjects = bodyIsOptional ? ["[]", "\"x\"", "42", "true", "[{}]"] : ["", " ", "null", "{}", "[]", "\"x\"", "42", "true"];
        return Gen.Frequency(
            (12, Fault(fields).Select(fault => Json(Describe([fault]), Apply(valid, [fault])))),
            (2, Gen.Int[1, validBytes.Length - 1].Select(n => Json($"truncated at byte {n}", validBytes[..n]))),
            (1, Gen.OneOf(valid.Select(p => p.Key).ToArray()).Select(key => Json($"{key} twice", DuplicateKey(valid, key)))),
            (1, Gen.OneOf(WrongContentTypes).Select(type => new MalformedRequest($"content type {type}", method, path, type, validBytes))),
            (1, Gen.OneOf(notObjects).Select(body => Json("not an object", Encoding.UTF8.GetBytes(body)))));
    }

    /// <summary>
    /// One fault on one field. Never two on the same form: two faults can cancel out (a channel of Station with the visit
    /// type dropped or also Station is a valid station form), and the fuzzer then reports a valid form as accepted.
    /// </summary>
    public static Gen<(string Field, JsonFault Fault)> Fault(IReadOnlyList<FieldFaults> fields) =>
        Gen.Int[0, fields.Count - 1].SelectMany(pick => fields[pick].Faults.Select(fault => (fields[pick].Field, fault)));

    public static IReadOnlyList<FieldFaults> Under(this IReadOnlyList<FieldFaults> fields, string prefix) =>
        fields.Select(f => f with { Field = prefix + f.Field }).ToList();

    public static string Describe(IEnumerable<(string Field, JsonFault Fault)> faults) =>
        string.Join(", ", faults.Select(f => $"{f.Field} {f.Fault.Kind}"));

    public static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Plain);

    /// <summary>The valid body with each fault in its field's place (a field whose parent a fault removed is skipped).</summary>
    public static byte[] Apply(JsonObject valid, IReadOnlyList<(string Field, JsonFault Fault)> faults)
    {
        var body = valid.DeepClone().AsObject();
        for (var i = 0; i < faults.Count; i++)
        {
            var segments = faults[i].Field.Split('.');
            JsonNode? parent = body;
            foreach (var segment in segments[..^1])
            {
                parent = Child(parent, segment);
            }

            if (parent is not JsonObject container || (Index(segments[^1]) is { } && Child(container, segments[^1]) is null))
            {
                continue;
            }

            var (name, index) = Split(segments[^1]);
            var value = faults[i].Fault.Raw is null ? null : JsonValue.Create(Placeholder(i));
            if (index is { } at && container[name] is JsonArray array && at < array.Count)
            {
                if (value is null) { array.RemoveAt(at); } else { array[at] = value; }
            }
            else if (value is null)
            {
                container.Remove(name);
            }
            else
            {
                container[name] = value;
            }
        }

        var bytes = Serialize(body);
        for (var i = 0; i < faults.Count; i++)
        {
            if (faults[i].Fault.Raw is { } raw)
            {
                bytes = Replace(bytes, Encoding.UTF8.GetBytes($"\"{Placeholder(i)}\""), raw);
            }
        }

        return bytes;
    }

    private static string Placeholder(int i) => $"@@FAULT{i}@@";

    private static JsonNode? Child(JsonNode? node, string segment)
    {
        var (name, index) = Split(segment);
        var child = node is JsonObject o ? o[name] : null;
        return index is { } at ? child is JsonArray a && at < a.Count ? a[at] : null : child;
    }

    private static int? Index(string segment) => Split(segment).Index;

    private static (string Name, int? Index) Split(string segment) => segment.IndexOf('[') is var open and > 0
        ? (segment[..open], int.Parse(segment[(open + 1)..^1]))
        : (segment, null);

    private static byte[] Replace(byte[] bytes, byte[] find, byte[] with)
    {
        var at = bytes.AsSpan().IndexOf(find);
        return at < 0 ? bytes : [.. bytes[..at], .. with, .. bytes[(at + find.Length)..]];
    }

    private static byte[] DuplicateKey(JsonObject valid, string key) =>
        [.. Encoding.UTF8.GetBytes($"{{\"{key}\":"), .. Serialize(valid[key]!.DeepClone()), (byte)',', .. Serialize(valid)[1..]];
}
