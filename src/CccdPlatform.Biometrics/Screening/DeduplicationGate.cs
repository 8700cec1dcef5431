namespace CccdPlatform.Biometrics.Screening;

/// <summary>
/// Lets one capture at a time go from its 1:N search to its face being in the gallery. Without it, two captures of
/// one face under two identities (say, one mobile team's offline batch) could each search before the other is
/// enrolled and both be accepted. It costs little: a search already uses every core and all the memory bandwidth.
/// </summary>
public sealed class DeduplicationGate
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public Task EnterAsync(CancellationToken cancellationToken) => _gate.WaitAsync(cancellationToken);

    public void Leave() => _gate.Release();
}
