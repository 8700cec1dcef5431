using CccdPlatform.EIdentification.Model;

namespace CccdPlatform.EIdentification.Infrastructure;

/// <summary>What became of an account request.</summary>
public enum RequestOutcome
{
    /// <summary>A new account was created and its code sent.</summary>
    Created,

    /// <summary>A new level 2 account waits for the citizen's biometrics (<see cref="AccountState.Requested"/>).</summary>
    Waiting,

    /// <summary>The citizen's level 1 account became level 2.</summary>
    Upgraded,

    /// <summary>The upgrade of the citizen's level 1 account waits for their biometrics.</summary>
    UpgradeWaiting,

    /// <summary>Refused: the citizen already has an account at this level or above, or one is already requested.</summary>
    AlreadyExists,

    /// <summary>Refused by <see cref="AccountAges"/>: too young for the level, or a representative missing or not wanted.</summary>
    RefusedByAge,
}
