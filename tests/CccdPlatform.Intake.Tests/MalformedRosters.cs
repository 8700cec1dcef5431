using System.Text;
using CccdPlatform.TestSupport.Fuzzing;
using CsCheck;

namespace CccdPlatform.Intake.Tests;

/// <summary>Roster files in which every row is bad, or whose header, encoding or content type is wrong.</summary>
public static class MalformedRosters
{
    private const string Header = "personalId,fullName,dateOfBirth,sex,addressLine";
    private static readonly string[] ValidRow = ["038095123456", "Nguyễn Văn An", "1995-04-12", "Male", "Thôn 4"];

    private static readonly Gen<string>[] FieldFaults =
    [
        Gen.OneOf("", "03809512345", "0380951234AB", "038195123456", "099095123456", "038095 123456", "\"038095123456"),
        Gen.OneOf("", "Nguyễn 4n", "Nguyễn\u0000An", "Nguyễn\u0007An", new string('A', 101), "\"Nguyễn Văn An", "An <b>"),
        Gen.OneOf("", "30/02/1995", "0001-01-01", "9999-12-31", "1995-13-01", "yesterday", "2020-01-01", "1995-04-12T00:00:00"),
        Gen.OneOf("", "X", "Unknown", "0", "Nam Nữ"),
        Gen.OneOf(new string('T', 201), "Thôn\u00004", "Thôn\u001b[31m4", "Thôn\u00854"),
    ];

    private static readonly Gen<byte[]> BadRow =
        from field in Gen.Int[0, FieldFaults.Length - 1]
        from value in FieldFaults[field]
        select Encoding.UTF8.GetBytes(string.Join(',', ValidRow.Select((v, i) => i == field ? value : v)));

    // Bytes that are not UTF-8, put into a field of an otherwise good row.
    private static readonly Gen<byte[]> NotUtf8Row =
        from field in Gen.Int[0, ValidRow.Length - 1]
        from bytes in Gen.OneOf<byte[]>([0xC3, 0x28], [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE1, 0xBB])
        select (byte[])[.. Encoding.UTF8.GetBytes(string.Join(',', ValidRow[..field]) + (field > 0 ? "," : "")), .. bytes,
            .. Encoding.UTF8.GetBytes(string.Join(',', ValidRow[field..]))];

    private static readonly Gen<byte[]> BadHeader = Gen.OneOf(
        "", "\n", "personalId,fullName,dateOfBirth\n038095123456,Nguyễn Văn An,1995-04-12\n",
        "id,name,dob,sex\n038095123456,Nguyễn Văn An,1995-04-12,Male\n",
        "{\"personalId\":\"038095123456\"}", "\"personalId,fullName,dateOfBirth,sex\n").Select(Encoding.UTF8.GetBytes);

    public static Gen<MalformedRequest> Requests(string path)
    {
        MalformedRequest Csv(string fault, byte[] body, string? type = "text/csv") => new(fault, HttpMethod.Post, path, type, body);
        var rows = Gen.Frequency((4, BadRow), (1, NotUtf8Row)).Array[1, 3].Select(lines =>
            (byte[])[.. Encoding.UTF8.GetBytes(Header + "\n"), .. lines.SelectMany(line => (byte[])[.. line, (byte)'\n'])]);
        var valid = Encoding.UTF8.GetBytes($"{Header}\n{string.Join(',', ValidRow)}\n");
        return Gen.Frequency(
            (8, rows.Select(body => Csv("every row bad", body))),
            (1, BadHeader.Select(body => Csv("bad header", body))),
            (1, Gen.OneOf("application/json", "application/xml", "image/png", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")
                .Select(type => Csv($"content type {type}", valid, type))),
            (1, Gen.OneOf("99999", "380", "14755", "%01", "abc", new string('1', 300))
                .Select(commune => new MalformedRequest("no such commune", HttpMethod.Post, $"/api/intake/rosters/{commune}", "text/csv", valid))));
    }
}
