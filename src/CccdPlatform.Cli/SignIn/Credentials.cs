using System.Buffers.Text;
using System.Text.Json;

namespace CccdPlatform.Cli.SignIn;

/// <summary>What <c>cccd login</c> keeps: an officer's tokens for one gateway.</summary>
public sealed record Credentials(string Gateway, string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt)
{
    public bool IsFor(Uri gateway) => string.Equals(Normalize(Gateway), Normalize(gateway.AbsoluteUri), StringComparison.Ordinal);

    public bool ExpiresWithin(TimeSpan margin, DateTimeOffset now) => ExpiresAt - now < margin;

    /// <summary>Who the access token names, for the officer to check: name, role and unit.</summary>
    public string Officer()
    {
        try
        {
            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(AccessToken.Split('.')[1]));
            string Claim(string name) => payload.RootElement.TryGetProperty(name, out var value) ? value.ToString() : "?";
            return $"{Claim("name")} ({Claim("role")}, unit {Claim("unitCode")})";
        }
        catch (Exception exception) when (exception is FormatException or JsonException or IndexOutOfRangeException)
        {
            return "an officer (the access token is not a JWT)";
        }
    }

    private static string Normalize(string url) => new Uri(url).AbsoluteUri.TrimEnd('/');
}
