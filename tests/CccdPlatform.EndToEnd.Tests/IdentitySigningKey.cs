using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace CccdPlatform.EndToEnd.Tests;

/// <summary>
/// The identity service's newest signing key, read from identitydb and unprotected with the Data Protection key ring
/// kept there, as the service reads it: the test signs with it tokens that differ from the service's own only in the
/// respect it chooses (expiry, audience).
/// </summary>
public static class IdentitySigningKey
{
    public static async Task<SigningCredentials> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var ring = new List<XElement>();
        await using (var command = new NpgsqlCommand("""SELECT "Xml" FROM "DataProtectionKeys" """, connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                ring.Add(XElement.Parse(reader.GetString(0)));
            }
        }

        await using var newest = new NpgsqlCommand(
            """SELECT "KeyId", "ProtectedMaterial" FROM "TokenKeys" WHERE "Use" = 'Signing' ORDER BY "CreatedAt" DESC LIMIT 1""", connection);
        await using var key = await newest.ExecuteReaderAsync();
        Assert.True(await key.ReadAsync(), "The identity service has no signing key yet.");

        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("CccdPlatform.Identity").DisableAutomaticKeyGeneration();
        services.Configure<KeyManagementOptions>(options => options.XmlRepository = new ReadOnlyRing(ring));
        await using var provider = services.BuildServiceProvider();
        var material = provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("CccdPlatform.Identity.TokenKeys")
            .Unprotect(Convert.FromBase64String(key.GetString(1)));
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(material, out _);
        return new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = key.GetString(0) }, SecurityAlgorithms.RsaSha256);
    }

    private sealed class ReadOnlyRing(IReadOnlyCollection<XElement> elements) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => elements;

        public void StoreElement(XElement element, string friendlyName) => throw new InvalidOperationException("The test only reads the key ring.");
    }
}
