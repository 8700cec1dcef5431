namespace CccdPlatform.Station.Offline;

/// <summary>
/// A worklist entry handed to the form in memory, not in the address: the address bar, the history and the logs
/// would otherwise hold the citizen's ID number and name. Taken once.
/// </summary>
public sealed class FormPrefill
{
    private WorklistCitizen? _pending;

    public void Offer(WorklistCitizen citizen) => _pending = citizen;

    public WorklistCitizen? Take()
    {
        var taken = _pending;
        _pending = null;
        return taken;
    }
}
