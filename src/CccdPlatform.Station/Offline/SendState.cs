namespace CccdPlatform.Station.Offline;

public enum SendState
{
    /// <summary>Every waiting item got an answer (some may have a problem).</summary>
    Sent,

    /// <summary>The platform could not be reached: everything still waits.</summary>
    Offline,

    /// <summary>The officer's session expired (or nobody is signed in): everything still waits.</summary>
    SignInNeeded,

    /// <summary>The platform refused the whole batch (a machine or team problem): everything still waits.</summary>
    Refused,

    /// <summary>A sending is already under way.</summary>
    Busy,
}
