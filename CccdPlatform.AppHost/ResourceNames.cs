namespace CccdPlatform.AppHost;

/// <summary>Names of the AppHost's resources, shared with the tests so both sides agree.</summary>
public static class ResourceNames
{
    public const string Messaging = "messaging";
    public const string Postgres = "postgres";
    public const string IntakeDb = "intakedb";
    public const string BiometricsDb = "biometricsdb";
    public const string EIdentificationDb = "eiddb";
    public const string ReportingDb = "reportingdb";
    public const string IntegrationsDb = "integrationsdb";
    public const string IdentityDb = "identitydb";
    public const string Intake = "intake";
    public const string Biometrics = "biometrics";
    public const string EIdentification = "eid";
    public const string Reporting = "reporting";
    public const string Integrations = "integrations";
    public const string Identity = "identity";
    public const string Gateway = "gateway";

    /// <summary>The simulated biometric devices (<c>cccd device</c>) the station app captures from in development.</summary>
    public const string Device = "device";

    /// <summary>The citizen-facing application's client id, and the secret (parameter and file in <c>secrets/</c>) it signs in with.</summary>
    public const string CitizenApp = "cccd-citizen-app";
    public const string CitizenAppSecret = "citizen-app-secret";
}
