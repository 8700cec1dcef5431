namespace CccdPlatform.Station.Offline;

/// <summary>How a sending of the queue ended, and what became of its items.</summary>
public sealed record SendReport(SendState State, string? Message = null, int Created = 0, int AlreadyReceived = 0, int Problems = 0);
