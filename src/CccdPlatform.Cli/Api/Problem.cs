namespace CccdPlatform.Cli.Api;

/// <summary>An RFC 7807 problem document, as every service answers errors.</summary>
public sealed record Problem(string? Title, int? Status, string? Detail, IDictionary<string, string[]>? Errors);
