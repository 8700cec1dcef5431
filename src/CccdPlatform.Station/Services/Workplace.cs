namespace CccdPlatform.Station.Services;

/// <summary>
/// The registered reception machine this device sends with its work, chosen once per device and remembered (an id of
/// the device, not of a person). The registry is read by supervisors only, so intake's answer (<c>Unknown
/// machine.</c>) is what tells an officer the choice is wrong. The officer's unit and team come from the token.
/// </summary>
public sealed class Workplace(BrowserStore store)
{
    private const string MachineKey = "cccd.station.machine";
    private bool _loaded;

    public string? MachineId { get; private set; }

    public bool IsChosen => MachineId is { Length: > 0 };

    public event Action? Changed;

    public async Task LoadAsync()
    {
        if (!_loaded)
        {
            MachineId = await store.GetAsync(MachineKey);
            _loaded = true;
            Changed?.Invoke();
        }
    }

    public async Task ChooseAsync(string machineId)
    {
        MachineId = machineId.Trim();
        await store.SetAsync(MachineKey, MachineId);
        Changed?.Invoke();
    }
}
