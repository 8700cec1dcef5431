namespace CccdPlatform.Cli.Api;

/// <summary>The body of <c>POST /api/intake/batches</c>: a machine's offline work.</summary>
public sealed record BatchForm(string BatchId, string MachineId, IReadOnlyList<BatchEntryForm> Items);

public sealed record BatchEntryForm(string ClientItemId, ApplicationForm Application);

/// <summary>What intake did with each item: <c>Created</c>, <c>AlreadyReceived</c>, <c>Conflict</c> or <c>Invalid</c>.</summary>
public sealed record BatchResult(string BatchId, IReadOnlyList<BatchItemResult> Items);

public sealed record BatchItemResult(
    string? ClientItemId, string Outcome, Guid? ApplicationId, IDictionary<string, string[]>? Errors);
