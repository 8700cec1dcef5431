namespace CccdPlatform.Station.Offline;

/// <summary>Why the platform did not take an item: its outcome, a message, and one message list per field.</summary>
public sealed record ItemProblem(string Outcome, string? Message, Dictionary<string, string[]>? Errors, Guid? ApplicationId);
