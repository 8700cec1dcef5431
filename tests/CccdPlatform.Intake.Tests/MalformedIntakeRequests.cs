using System.Text;
using System.Text.Json.Nodes;
using CccdPlatform.TestSupport.Fuzzing;
using CsCheck;
using static CccdPlatform.TestSupport.Fuzzing.JsonFaults;

namespace CccdPlatform.Intake.Tests;

/// <summary>Valid intake requests and the faults of each of their fields; every fault alone makes a request invalid.</summary>
public static class MalformedIntakeRequests
{
    public static JsonObject Application(string personalId) => new()
    {
        ["personalId"] = personalId,
        ["fullName"] = "Nguyễn Văn An",
        ["dateOfBirth"] = "1995-04-12",
        ["sex"] = "Male",
        ["placeOfOrigin"] = new JsonObject { ["provinceCode"] = "38", ["communeCode"] = ApplicationForms.Commune },
        ["permanentAddress"] = Address(),
        ["currentAddress"] = Address(),
        ["phoneNumber"] = "0912345678",
        ["requestKind"] = "FirstIssue",
        ["collectingUnitCode"] = ApplicationForms.Commune,
        ["channel"] = "Mobile",
        ["visitType"] = "Home",
        ["teamCode"] = "TEAM-380-01",
        ["machineId"] = "KIT-0001",
        ["collectedAt"] = DateTimeOffset.UtcNow.AddHours(-1).ToString("O"),
        ["eIdRequest"] = new JsonObject { ["level"] = 2, ["email"] = "an.nguyen@example.vn" },
    };

    private static JsonObject Address() =>
        new() { ["provinceCode"] = "38", ["communeCode"] = ApplicationForms.Commune, ["line"] = "12 Lê Lợi" };

    private static Gen<JsonFault> Enum(params string[] wrong) =>
        Gen.OneOf(Strings("unknown value", wrong), Raw("number for an enum", "0", "1", "7"), NotAString);

    private static Gen<JsonFault> UnitCode(params string[] wrong) =>
        Gen.OneOf(Strings("wrong code", ["", "99", "999", "99999", "ABC", "38 ", "3８", .. wrong]), NotAString, BrokenString, Huge("3"));

    // Collected today: any district at all is wrong, since there are none since 1 July 2025.
    private static readonly Gen<JsonFault> District =
        Gen.OneOf(Strings("a district", "380", "999", "38", "14797", "ABC"), NotAString, BrokenString, Huge("3"));

    private static IReadOnlyList<FieldFaults> AddressFaults(string prefix, bool required) =>
    [
        new($"{prefix}", required ? Gen.OneOf(Dropped, NotAnObject, DeeplyNested) : Gen.OneOf(NotAnObject, DeeplyNested)),
        new($"{prefix}.provinceCode", Gen.OneOf(Dropped, UnitCode("380", "14755", "01"))),
        new($"{prefix}.districtCode", District),
        new($"{prefix}.communeCode", Gen.OneOf(Dropped, UnitCode("380", "14809", "14755", "00004"))),
        new($"{prefix}.line", Gen.OneOf(Dropped, Strings("empty", "", "   "), BadText("12 Lê Lợi", 200))),
    ];

    public static readonly IReadOnlyList<FieldFaults> ApplicationFaults =
    [
        new("personalId", Gen.OneOf(Dropped, NotAString, BrokenString, ControlCharacters("038095001234"), Huge("0"), Strings("wrong ID number",
            "", "   ", "03809500123", "0380950012345", "03809500123A", "038O95001234", "٠٣٨٠٩٥٠٠١٢٣٤", "138095001234", "099095001234",
            "038195001234", "038295001234", "038085001234", "038 095001234", "+38095001234", "-38095001234"))),
        new("fullName", Gen.OneOf(Dropped, BadText("Nguyễn Văn An", 100), Strings("not a name",
            "", "   ", "Nguyễn Văn 4n", "Nguyễn <b>An</b>", "Nguyễn_Văn", "😀 An", "An\tBình", "An\u200bBình", "An\u202eBình"))),
        new("dateOfBirth", Gen.OneOf(Dropped, NotAString, BrokenString, Raw("number for a date", "19950412", "0", "-1"), Strings("nonsense date",
            "0001-01-01", "9999-12-31", "2026-02-30", "", "1995-13-01", "1995-00-10", "12/04/1995", "1899-12-31", "2099-01-01",
            DateTime.UtcNow.AddYears(-10).ToString("yyyy-MM-dd"), "1995-4-12", "95-04-12", "1995-04-12T00:00:00Z", "+1995-04-12"))),
        new("sex", Gen.OneOf(Dropped, Enum("Unknown", "M", "Nam", "", "Male,Female", "0", "1"))),
        new("placeOfOrigin", Gen.OneOf(NotAnObject, DeeplyNested)),
        new("placeOfOrigin.provinceCode", Gen.OneOf(Dropped, UnitCode("380"))),
        new("placeOfOrigin.districtCode", District),
        new("placeOfOrigin.communeCode", UnitCode("380", "14809", "00004")),
        .. AddressFaults("permanentAddress", required: true),
        .. AddressFaults("currentAddress", required: false),
        new("phoneNumber", Gen.OneOf(NotAString, BrokenString, ControlCharacters("0912345678"), Huge("9"), Strings("not a mobile number",
            "123", "+1 555 0100", "091234567890123", "09l2345678", "0212345678", "0912345678x", "09123456٧٨", "+84 +84 912345678"))),
        new("requestKind", Enum("Unknown", "New", "")),
        new("collectingUnitCode", Gen.OneOf(Dropped, UnitCode(), ControlCharacters(ApplicationForms.Commune))),
        new("channel", Gen.OneOf(Dropped, Enum("Online", ""), Strings("inconsistent with the visit type", "Station"))),
        new("visitType", Gen.OneOf(Dropped, Enum("Nowhere", ""), Strings("a mobile team at a station", "Station"))),
        new("teamCode", Gen.OneOf(Dropped, BadText("TEAM-380-01", 32), Strings("not a code", "", "TEAM 380", "TEAM/380", "ĐỘI-1"))),
        new("machineId", Gen.OneOf(BadText("KIT-0001", 32), Strings("not a code", "", "KIT 0001", "KIT/0001", "KIT:0001"))),
        new("collectedAt", Gen.OneOf(NotAString, BrokenString, Raw("number for a time", "0", "1700000000"), Strings("nonsense time",
            DateTimeOffset.UtcNow.AddDays(-100).ToString("O"), DateTimeOffset.UtcNow.AddDays(1).ToString("O"), "9999-12-31T23:59:59Z",
            "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "yesterday", "", "2026-02-30T10:00:00Z",
            "2026-01-01T25:00:00Z"))),
        new("eIdRequest", Gen.OneOf(NotAnObject, DeeplyNested)),
        new("eIdRequest.level", Gen.OneOf(Dropped, NotAnInteger, Raw("no such level", "0", "3", "-1", "null", "2147483648"))),
        new("eIdRequest.email", Gen.OneOf(NotAString, BrokenString, ControlCharacters("an.nguyen@example.vn"),
            Strings("not an email", "", "an.nguyen", "@example.vn", "an@", new string('a', 200) + "@example.vn"))),
        new("eIdRequest.phoneNumber", Strings("not a mobile number", "123", "", "0212345678")),
    ];

    public static JsonObject Batch(string first, string second) => new()
    {
        ["batchId"] = "BATCH-2026-0001",
        ["machineId"] = "KIT-0001",
        ["items"] = new JsonArray(
            // Item ids of this batch alone: a resent item id is AlreadyReceived whatever it holds now.
            new JsonObject { ["clientItemId"] = $"item-{first}", ["application"] = Application(first) },
            new JsonObject { ["clientItemId"] = $"item-{second}", ["application"] = Application(second) }),
    };

    /// <summary>Faults of the envelope: the whole batch is refused.</summary>
    public static IReadOnlyList<FieldFaults> BatchFaults(JsonObject valid) =>
    [
        new("batchId", Gen.OneOf(Dropped, BadText("BATCH-2026-0001", 64), Strings("empty", "", "  "))),
        new("machineId", Gen.OneOf(Dropped, BadText("KIT-0001", 32), Strings("not a code", "", "KIT 0001"))),
        new("items", Gen.OneOf(Dropped, NotAnArray, DeeplyNested, Raw("no items", "[]", "[null]", "[1]", "[[]]"),
            Gen.Const(new JsonFault("the same clientItemId twice", JsonRequests.Serialize(new JsonArray(
                valid["items"]![0]!.DeepClone(), valid["items"]![0]!.DeepClone())))),
            Gen.Const(new JsonFault("1001 items", Encoding.UTF8.GetBytes("[" + string.Join(",",
                Enumerable.Range(0, 1001).Select(i => $"{{\"clientItemId\":\"c{i}\",\"application\":{{}}}}")) + "]"))))),
        new("items[0].clientItemId", Gen.OneOf(Dropped, BadText("item-1", 64), Strings("empty", ""))),
        new("items[1].application", Gen.OneOf(Dropped, NotAnObject, DeeplyNested)),
    ];
}
