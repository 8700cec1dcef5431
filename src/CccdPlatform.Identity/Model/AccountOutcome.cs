namespace CccdPlatform.Identity.Model;

/// <summary>What a request about an officer's account came to; the pages and the API each show it their way.</summary>
public sealed record AccountOutcome(
    AccountOutcomeKind Kind,
    Officer? Officer = null,
    string? OneTimePassword = null,
    IDictionary<string, string[]>? Errors = null)
{
    public static AccountOutcome NotFound { get; } = new(AccountOutcomeKind.NotFound);
    public static AccountOutcome Forbidden { get; } = new(AccountOutcomeKind.Forbidden);

    public static AccountOutcome Invalid(string field, string message) =>
        new(AccountOutcomeKind.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });
}
