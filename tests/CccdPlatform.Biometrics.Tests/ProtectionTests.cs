using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CccdPlatform.ServiceDefaults.Authentication;
using Npgsql;

namespace CccdPlatform.Biometrics.Tests;

public class ProtectionTests(BiometricsFactory biometrics) : IClassFixture<BiometricsFactory>
{
    private const string PhotoRef = "photos/kit-380-01/amputated-0042.jpg";

    private async Task<(Guid Id, Dictionary<string, object?> Form)> CaptureAsync()
    {
        var form = CaptureForms.Good(await biometrics.ApplicationAsync()).WithException(6, "Amputated", PhotoRef).WithIris("Left", 90);
        var response = await biometrics.Client(Roles.StationOfficer).PostAsJsonAsync("/api/biometrics/captures", form);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("captureId").GetGuid(), form);
    }

    private async Task<List<byte[]>> RawColumnsAsync(string sql, Guid captureId)
    {
        await using var connection = new NpgsqlConnection(biometrics.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter("id", captureId) } };
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<byte[]>();
        while (await reader.ReadAsync())
        {
            values.Add((byte[])reader[0]);
        }

        return values;
    }

    private static byte[] Decoded(object? base64) => Convert.FromBase64String((string)base64!);

    [Fact]
    public async Task TheStoredTemplatesAndPhotoReferencesCannotBeReadInTheDatabase()
    {
        var (id, form) = await CaptureAsync();
        var face = Decoded(((Dictionary<string, object?>)form["face"]!)["template"]);
        var fingers = ((List<Dictionary<string, object?>>)form["fingerprints"]!)
            .Where(f => f.ContainsKey("template")).Select(f => Decoded(f["template"])).ToList();

        var storedFace = Assert.Single(await RawColumnsAsync("""SELECT "EncryptedFaceTemplate" FROM "Captures" WHERE "Id" = @id""", id));
        var storedFingers = await RawColumnsAsync("""SELECT "EncryptedTemplate" FROM "CaptureFingers" WHERE "CaptureId" = @id AND "EncryptedTemplate" IS NOT NULL""", id);
        var storedPhoto = Assert.Single(await RawColumnsAsync("""SELECT "EncryptedExceptionPhotoRef" FROM "CaptureFingers" WHERE "CaptureId" = @id AND "EncryptedExceptionPhotoRef" IS NOT NULL""", id));
        var storedIris = Assert.Single(await RawColumnsAsync("""SELECT "EncryptedTemplate" FROM "CaptureIrises" WHERE "CaptureId" = @id""", id));

        Assert.Equal(9, storedFingers.Count);
        Assert.False(ContainsAnyWindow(storedFace, face), "The face template is readable in the database.");
        Assert.All(storedFingers, stored => Assert.False(fingers.Any(f => ContainsAnyWindow(stored, f)), "A finger template is readable."));
        Assert.False(ContainsAnyWindow(storedPhoto, Encoding.UTF8.GetBytes(PhotoRef)));
        var iris = Decoded(((List<Dictionary<string, object?>>)form["irises"]!)[0]["template"]);
        Assert.False(ContainsAnyWindow(storedIris, iris), "The iris template is readable in the database.");
    }

    [Fact]
    public async Task AnAdminReadsTheExactTemplatesBack()
    {
        var (id, form) = await CaptureAsync();

        var read = await biometrics.Client(Roles.Admin).GetFromJsonAsync<JsonElement>($"/api/biometrics/captures/{id}/templates");

        Assert.Equal(((Dictionary<string, object?>)form["face"]!)["template"], read.GetProperty("face").GetProperty("template").GetString());
        var fingers = read.GetProperty("fingerprints").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 10), fingers.Select(f => f.GetProperty("position").GetInt32()));
        Assert.Equal(((List<Dictionary<string, object?>>)form["fingerprints"]!)[0]["template"], fingers[0].GetProperty("template").GetString());
        Assert.Equal("Amputated", fingers[5].GetProperty("exception").GetString());
        Assert.Equal(PhotoRef, fingers[5].GetProperty("exceptionPhotoRef").GetString());
    }

    [Theory]
    [InlineData(Roles.StationOfficer)]
    [InlineData(Roles.MobileOfficer)]
    [InlineData(Roles.Supervisor)]
    [InlineData(Roles.Integrator)]
    public async Task NoRoleButAdminReadsTemplatesBack(string role)
    {
        var (id, _) = await CaptureAsync();

        var response = await biometrics.Client(role).GetAsync($"/api/biometrics/captures/{id}/templates");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task NoEventCarriesATemplate()
    {
        var (id, form) = await CaptureAsync();
        var face = (string)((Dictionary<string, object?>)form["face"]!)["template"]!;

        var accepted = await biometrics.Accepted.WaitForAsync(m => m.CaptureId == id);

        var body = JsonSerializer.Serialize(accepted.Message);
        Assert.DoesNotContain(face[..40], body);
        Assert.DoesNotContain("template", body, StringComparison.OrdinalIgnoreCase);
    }

    // Any 16 bytes of the plaintext found in the stored value would mean it is stored readable.
    private static bool ContainsAnyWindow(byte[] stored, byte[] plaintext) =>
        Enumerable.Range(0, plaintext.Length / 16).Any(i => stored.AsSpan().IndexOf(plaintext.AsSpan(i * 16, 16)) >= 0);
}
