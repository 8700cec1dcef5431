namespace CccdPlatform.Identity.Registry;

/// <summary>What a registry change did, with the item as it now is.</summary>
public sealed record RegistryOutcome<T>(RegistryOutcomeKind Kind, T? Item = null, IDictionary<string, string[]>? Errors = null, string? Detail = null)
    where T : class
{
    public static RegistryOutcome<T> Invalid(string field, string message) =>
        new(RegistryOutcomeKind.Invalid, Errors: new Dictionary<string, string[]> { [field] = [message] });
}
