using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CccdPlatform.TestSupport.Identity;

/// <summary>
/// Tokens shaped as the identity service's (issuer, audience, <c>sub</c>, <c>role</c>, <c>unitCode</c>) but signed
/// by a key, or for an audience or a time, of the test's choosing: each one wrong in a single respect.
/// </summary>
public static class ForgedTokens
{
    public static string Sign(SigningCredentials key, string issuer, string audience, DateTime expires,
        string subject = "forged", string role = "Admin", string unitCode = "38") =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = expires.AddMinutes(-30),
            NotBefore = expires.AddMinutes(-30),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", subject), new Claim("role", role), new Claim("unitCode", unitCode)]),
            SigningCredentials = key,
        });

    /// <summary>A new RSA key that claims the key id of <paramref name="genuine"/>: only the signature is wrong.</summary>
    public static SigningCredentials Impostor(SigningCredentials genuine) =>
        new(new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = genuine.Key.KeyId }, SecurityAlgorithms.RsaSha256);
}
