using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CccdPlatform.Biometrics.Apis;
using CccdPlatform.TestSupport.Fuzzing;
using CsCheck;
using static CccdPlatform.TestSupport.Fuzzing.JsonFaults;

namespace CccdPlatform.Biometrics.Tests;

/// <summary>A valid capture and the faults of each of its fields; every fault alone makes the capture invalid.</summary>
public static class MalformedCaptures
{
    public static JsonObject Valid(Guid applicationId) => new()
    {
        ["applicationId"] = applicationId,
        ["machineId"] = "KIT-380-01",
        ["fingerprints"] = new JsonArray([.. Enumerable.Range(1, 10).Select(position => (JsonNode)new JsonObject
        {
            ["position"] = position, ["quality"] = 80, ["template"] = FaceTemplates.RandomFingerprint(),
        })]),
        ["face"] = new JsonObject { ["quality"] = 85, ["template"] = FaceTemplates.Base64(FaceTemplates.Random()) },
        ["irises"] = new JsonArray(new JsonObject { ["eye"] = "Left", ["quality"] = 90, ["template"] = FaceTemplates.RandomFingerprint() }),
    };

    private static Gen<JsonFault> Base64Of(string kind, Gen<byte[]> bytes) => bytes.Select(b => String(kind, Convert.ToBase64String(b)));

    private static readonly Gen<JsonFault> NotBase64 = Strings("not base64", "not base64!", "QQ=", "====", "A", "QUJD*", "QUJDRA==QUJD", "4pyT\u00e9");

    private static Gen<JsonFault> Floats(string kind, Func<float[], float[]> spoil) =>
        Gen.Const(() => String(kind, FaceTemplates.Base64(spoil(FaceTemplates.Random()))));

    private static readonly Gen<JsonFault> BadFace = Gen.OneOf(
        Dropped, NotAString, BrokenString, NotBase64, Strings("empty", ""),
        Base64Of("wrong length", Gen.OneOf(0, 3, 1024, 2044, 2047, 2049, 2052, 4096).Select(RandomNumberGenerator.GetBytes)),
        Floats("NaN in the template", f => { f[Random.Shared.Next(f.Length)] = float.NaN; return f; }),
        Floats("infinity in the template", f => { f[0] = float.PositiveInfinity; return f; }),
        Floats("negative infinity in the template", f => { f[^1] = float.NegativeInfinity; return f; }),
        Floats("all zero", f => new float[f.Length]),
        Base64Of("oversize image", Gen.Int[65_537, 1_500_000].Select(RandomNumberGenerator.GetBytes)));

    private static readonly Gen<JsonFault> BadTemplate = Gen.OneOf(
        Dropped, NotAString, BrokenString, NotBase64, Strings("empty", ""),
        Base64Of("oversize template", Gen.Int[SubmitCaptureValidator.MaxTemplateBytes + 1, 1_500_000].Select(RandomNumberGenerator.GetBytes)));

    private static readonly Gen<JsonFault> BadQuality = Gen.OneOf(Dropped, NotAnInteger, Raw("out of range", "-1", "101", "2147483647", "-2147483649"));

    private static Gen<JsonFault> Enum(params string[] wrong) => Gen.OneOf(Strings("unknown value", wrong), Raw("number for an enum", "0", "1"), NotAString);

    private static IEnumerable<FieldFaults> Finger(int i) =>
    [
        new($"fingerprints[{i}]", Gen.OneOf(Dropped, NotAnObject, Raw("null finger", "null"))),
        new($"fingerprints[{i}].position", Gen.OneOf(Dropped, NotAnInteger,
            Raw("no such finger", "0", "11", "-1", "2147483648"), Raw("a finger twice", i == 0 ? "2" : "1"))),
        new($"fingerprints[{i}].quality", BadQuality),
        new($"fingerprints[{i}].template", BadTemplate),
        new($"fingerprints[{i}].exception", Gen.OneOf(Enum("Missing", ""), Strings("an exception and a template", "Amputated"))),
        new($"fingerprints[{i}].exceptionPhotoRef", Gen.OneOf(Strings("a photo without an exception", "photos/kit/0001.jpg"), NotAString)),
    ];

    public static readonly IReadOnlyList<FieldFaults> Faults =
    [
        new("applicationId", Gen.OneOf(Dropped, NotAString, BrokenString, Strings("not a guid",
            "", "not-a-guid", "00000000-0000-0000-0000-000000000000", "{0}", "01a224db-4a1c-7a62-87cc", new string('f', 5000)))),
        new("machineId", Gen.OneOf(Dropped, BadText("KIT-380-01", 64), Strings("empty", "", "   "))),
        new("fingerprints", Gen.OneOf(Dropped, NotAnArray, DeeplyNested, Raw("no fingers", "[]", "[null]", "[{}]"),
            Gen.Const(() => new JsonFault("eleven fingers", JsonRequests.Serialize(new JsonArray([.. Enumerable.Range(1, 11).Select(p =>
                (JsonNode)new JsonObject { ["position"] = Math.Min(p, 10), ["quality"] = 80, ["template"] = "QUJD" })])))))),
        .. Enumerable.Range(0, 10).SelectMany(Finger),
        new("face", Gen.OneOf(Dropped, NotAnObject, DeeplyNested)),
        new("face.quality", BadQuality),
        new("face.template", BadFace),
        new("irises", Gen.OneOf(NotAnArray, Raw("three irises", "[{\"eye\":\"Left\",\"quality\":90,\"template\":\"QUJD\"},"
            + "{\"eye\":\"Right\",\"quality\":90,\"template\":\"QUJD\"},{\"eye\":\"Right\",\"quality\":90,\"template\":\"QUJD\"}]"),
            Raw("one eye twice", "[{\"eye\":\"Left\",\"quality\":90,\"template\":\"QUJD\"},{\"eye\":\"Left\",\"quality\":91,\"template\":\"QUJE\"}]"),
            Raw("a null iris", "[null]"))),
        new("irises[0].eye", Gen.OneOf(Dropped, Enum("Middle", "", "Both"))),
        new("irises[0].quality", BadQuality),
        new("irises[0].template", BadTemplate),
    ];
}
