namespace CccdPlatform.Intake.Apis;

/// <summary>A mobile team's offline work, sent when the machine is back online. Resending it is always safe.</summary>
public sealed record SubmitBatch(string? BatchId, string? MachineId, IReadOnlyList<BatchEntry>? Items);

/// <summary>One application of a batch, with the id the machine gave it.</summary>
public sealed record BatchEntry(string? ClientItemId, SubmitApplication? Application);
