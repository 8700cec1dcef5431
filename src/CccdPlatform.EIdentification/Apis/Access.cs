using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>
/// Who may do what. Integrators read events, never this API. A citizen app uses the self-service routes and nothing
/// else; no officer uses those.
/// </summary>
public static class Access
{
    public static readonly string[] Requesters = [Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin];
    public static readonly string[] Readers = [.. Requesters, Roles.Operations];
    public static readonly string[] Lockers = [Roles.Supervisor, Roles.Admin];
    public static readonly string[] OverdueReaders = [Roles.Supervisor, Roles.Operations, Roles.Admin];

    /// <summary>
    /// For what the citizen does (activation, a new code) at an officer's counter: any officer, wherever the account
    /// lies. The code itself is the proof that the caller holds the citizen's phone.
    /// </summary>
    public static readonly string[] CitizenActsByOfficers = Readers;

    public static readonly string[] CitizenApps = [Roles.CitizenApp];
}
