namespace CccdPlatform.Cli.Api;

/// <summary>The body of the gateway's <c>POST /dev/token</c> (Development only).</summary>
public sealed record TokenRequest(string Subject, string Role, string UnitCode);

public sealed record TokenResponse(string AccessToken);
