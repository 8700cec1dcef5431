using System.Security.Cryptography;
using System.Text;

namespace CccdPlatform.Biometrics.Matching;

/// <summary>The matcher's opaque id of a person, derived from intake's citizen pseudonym.</summary>
public static class SubjectIds
{
    public static Guid Of(string citizenRef) => new(SHA256.HashData(Encoding.UTF8.GetBytes(citizenRef)).AsSpan(0, 16));
}
