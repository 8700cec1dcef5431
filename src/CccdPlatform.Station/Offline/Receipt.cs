namespace CccdPlatform.Station.Offline;

/// <summary>A queued item the platform holds: new (<paramref name="Created"/>) or received on an earlier sending.</summary>
public sealed record Receipt(string ClientItemId, Guid? ApplicationId, string? FullName, bool Created);
