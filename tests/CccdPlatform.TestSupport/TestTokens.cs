using System.Net.Http.Headers;
using System.Security.Cryptography;
using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.Extensions.Options;

namespace CccdPlatform.TestSupport;

/// <summary>Signs tokens the way the development token route does, with a key made for one fixture.</summary>
public sealed class TestTokens
{
    public TestTokens() => Options = new TokenOptions { SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };

    public TokenOptions Options { get; }

    public string Issue(string role, string unitCode, string subject = "officer-1") =>
        new DevelopmentTokenIssuer(Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System)
            .Issue(subject, role, unitCode);

    public AuthenticationHeaderValue Bearer(string role, string unitCode) => new("Bearer", Issue(role, unitCode));
}
