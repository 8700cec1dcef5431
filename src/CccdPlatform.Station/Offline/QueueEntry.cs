namespace CccdPlatform.Station.Offline;

/// <summary>What is known of a queued item without decrypting it.</summary>
public sealed record QueueEntry(string ClientItemId, string Owner, DateTimeOffset QueuedAt, string State)
{
    public bool HasProblem => State == "problem";
}
