namespace CccdPlatform.Integrations.Model;

public enum DeliveryState
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; waits for a replay.</summary>
    Parked,
}
