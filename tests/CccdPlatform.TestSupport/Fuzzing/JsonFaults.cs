using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;

namespace CccdPlatform.TestSupport.Fuzzing;

/// <summary>Generators of bad JSON values: wrong types, broken strings and UTF-8, control characters, huge and deep values.</summary>
public static class JsonFaults
{
    private static readonly JsonSerializerOptions Plain = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly Gen<JsonFault> Dropped = Gen.Const(JsonFault.Dropped);

    public static readonly Gen<JsonFault> NotAString = Raw("not a string", "123", "-1.5e300", "true", "false", "{}", "[]", "[\"x\"]", "{\"a\":1}");

    public static readonly Gen<JsonFault> NotAnInteger = Raw(
        "not an integer", "true", "1.5", "1e400", "99999999999999999999", "{}", "[]", "\"NaN\"", "-0.0001", "\"\"");

    public static readonly Gen<JsonFault> NotAnObject = Raw("not an object", "\"x\"", "1", "[]", "true", "[{}]");

    public static readonly Gen<JsonFault> NotAnArray = Raw("not an array", "{}", "\"x\"", "1", "true");

    /// <summary>Strings whose bytes are not UTF-8, or whose escapes name lone surrogates, or that never end.</summary>
    public static readonly Gen<JsonFault> BrokenString = Gen.OneOf(
        Bytes("invalid UTF-8", [0x22, 0x61, 0xC3, 0x28, 0x62, 0x22]),
        Bytes("invalid UTF-8", [0x22, 0xFF, 0xFE, 0x22]),
        Bytes("UTF-8 of a lone surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22]),
        Bytes("overlong UTF-8", [0x22, 0xC0, 0xAF, 0x22]),
        Bytes("UTF-8 beyond U+10FFFF", [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22]),
        Bytes("truncated UTF-8", [0x22, 0x41, 0xE1, 0xBB, 0x22]),
        Bytes("raw control byte in a string", [0x22, 0x41, 0x01, 0x42, 0x22]),
        Text("escaped lone high surrogate", "\"An\\ud800\""),
        Text("escaped lone low surrogate", "\"\\udc00An\""),
        Text("escaped reversed surrogates", "\"\\udc00\\ud800\""),
        Text("bad escape", "\"\\x41\""),
        Text("unterminated string", "\"An"));

    /// <summary>A valid value with control characters inside (escaped, so the JSON itself is fine).</summary>
    public static Gen<JsonFault> ControlCharacters(string valid) =>
        Gen.Select(Gen.OneOf('\0', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b'), Gen.Int[0, valid.Length])
            .Select((c, at) => String("control character", valid.Insert(at, c.ToString())));

    /// <summary>Strings longer than <paramref name="longerThan"/> characters, up to a megabyte.</summary>
    public static Gen<JsonFault> Huge(string unit = "Nguyễn ", int longerThan = 300) =>
        Gen.Frequency((6, Gen.Int[longerThan + 1, longerThan + 5_000]), (1, Gen.Int[longerThan + 5_000, 1_100_000]))
            .Select(length => String($"huge ({length} characters)", string.Concat(Enumerable.Repeat(unit, length / unit.Length + 1))[..length]));

    /// <summary>Arrays or objects nested deeper than any reader allows.</summary>
    public static readonly Gen<JsonFault> DeeplyNested = Gen.Select(Gen.Int[65, 20_000], Gen.Bool).Select((depth, arrays) =>
        new JsonFault($"nested {depth} deep", Encoding.UTF8.GetBytes(arrays
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))));

    public static Gen<JsonFault> Strings(string kind, params string[] values) => Gen.OneOf(values).Select(v => String(kind, v));

    public static Gen<JsonFault> Raw(string kind, params string[] fragments) => Gen.OneOf(fragments).Select(f => new JsonFault(kind, Encoding.UTF8.GetBytes(f)));

    public static JsonFault String(string kind, string value) => new(kind, JsonSerializer.SerializeToUtf8Bytes(value, Plain));

    private static Gen<JsonFault> Bytes(string kind, byte[] raw) => Gen.Const(new JsonFault(kind, raw));

    private static Gen<JsonFault> Text(string kind, string raw) => Gen.Const(new JsonFault(kind, Encoding.UTF8.GetBytes(raw)));

    /// <summary>Anything wrong a string field can hold: another type, broken bytes, control characters, a huge value.</summary>
    public static Gen<JsonFault> BadText(string valid, int maxLength) => Gen.Frequency(
        (2, NotAString), (2, BrokenString), (2, ControlCharacters(valid)), (1, DeeplyNested),
        (2, Gen.Int[maxLength + 1, maxLength + 300].Select(n => String($"{n} characters", new string('A', n)))), (1, Huge(longerThan: maxLength)));
}
