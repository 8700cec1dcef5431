namespace CccdPlatform.ServiceDefaults.Audit;

/// <summary>Turns a 12-digit ID number into the citizen's pseudonym, in a service that can (it holds the key or a map).</summary>
public interface ICitizenRefResolver
{
    /// <summary>Null when the service knows no such citizen.</summary>
    Task<string?> CitizenRefOfAsync(string personalId, CancellationToken cancellationToken);
}
