using System.Security.Cryptography;
using System.Text;
using CccdPlatform.ServiceDefaults.Audit;

namespace CccdPlatform.Intake.Model;

/// <summary>
/// The citizen's pseudonym in events: HMAC-SHA256 of the ID number under a secret key. A plain hash of a 12-digit
/// number with known structure could be reversed by trying them all; without the key it cannot.
/// </summary>
public sealed class CitizenRefs(byte[] key) : ICitizenRefResolver
{
    public string Of(string personalId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(personalId)));

    public Task<string?> CitizenRefOfAsync(string personalId, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(Of(personalId));
}
