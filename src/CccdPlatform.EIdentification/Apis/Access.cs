using CccdPlatform.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>Who may do what. Integrators read events, never this API.</summary>
public static class Access
{
    public static readonly string[] Requesters = [Roles.StationOfficer, Roles.MobileOfficer, Roles.Supervisor, Roles.Admin];
    public static readonly string[] Readers = [.. Requesters, Roles.Operations];
    public static readonly string[] Lockers = [Roles.Supervisor, Roles.Admin];
    public static readonly string[] OverdueReaders = [Roles.Supervisor, Roles.Operations, Roles.Admin];

    /// <summary>
    /// For what the citizen does (activation, a new code): any authenticated caller but an integrator, until citizens
    /// carry tokens of their own. The code itself is the proof that the caller holds the citizen's phone.
    /// </summary>
    public static void AnyoneButIntegrators(AuthorizationPolicyBuilder policy) => policy
        .RequireAuthenticatedUser()
        .RequireAssertion(context => !context.User.IsInRole(Roles.Integrator));
}
