namespace CccdPlatform.Cli.Api;

/// <summary>Intake's 201 answer to an application.</summary>
public sealed record ApplicationReceipt(Guid ApplicationId, string Status);
