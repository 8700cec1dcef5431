namespace CccdPlatform.EIdentification.Model;

/// <summary>
/// Requested (waiting for evidence, see <see cref="WaitingFor"/>) → PendingActivation (created, code sent) → Active;
/// PendingActivation or Active ↔ Locked.
/// </summary>
public enum AccountState
{
    Requested,
    PendingActivation,
    Active,
    Locked,
}
