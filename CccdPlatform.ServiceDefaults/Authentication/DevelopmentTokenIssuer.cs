using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>Issues tokens signed with the development key. Only the Development environment exposes it.</summary>
public sealed class DevelopmentTokenIssuer(IOptions<TokenOptions> options, TimeProvider clock)
{
    public string Issue(string subject, string role, string unitCode)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.DevelopmentTokenLifetime,
            Subject = new ClaimsIdentity(
            [
                new Claim(PlatformClaims.Subject, subject),
                new Claim(PlatformClaims.Role, role),
                new Claim(PlatformClaims.UnitCode, unitCode),
            ]),
            SigningCredentials = new SigningCredentials(
                AuthenticationExtensions.SigningKeyOf(settings), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
