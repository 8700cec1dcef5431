namespace CccdPlatform.ServiceDefaults.Authentication;

/// <summary>The roles a platform token can carry, in the <c>role</c> claim.</summary>
public static class Roles
{
    public const string StationOfficer = nameof(StationOfficer);
    public const string MobileOfficer = nameof(MobileOfficer);
    public const string Supervisor = nameof(Supervisor);
    public const string Operations = nameof(Operations);
    public const string Integrator = nameof(Integrator);
    public const string Admin = nameof(Admin);

    /// <summary>
    /// A citizen-facing application (client credentials): creates level 1 eID accounts for citizens themselves
    /// (Decree 69/2024) through e-identification's self-service routes, and may call nothing else.
    /// </summary>
    public const string CitizenApp = nameof(CitizenApp);

    public static readonly IReadOnlyList<string> All =
        [StationOfficer, MobileOfficer, Supervisor, Operations, Integrator, Admin, CitizenApp];
}
