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

    public static readonly IReadOnlyList<string> All =
        [StationOfficer, MobileOfficer, Supervisor, Operations, Integrator, Admin];
}
