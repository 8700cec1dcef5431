namespace CccdPlatform.EIdentification.Model;

public enum RequestSource
{
    /// <summary>An officer asked through <c>POST /api/eid/accounts</c>.</summary>
    Officer,

    /// <summary>Asked for on the CCCD application form; intake passed it on.</summary>
    ApplicationForm,

    /// <summary>The citizen asked through a citizen app (Decree 69/2024), without a visit: level 1 only.</summary>
    SelfService,
}
