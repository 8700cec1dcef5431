namespace CccdPlatform.Intake.Apis;

public enum BatchItemOutcome
{
    /// <summary>A new application was received.</summary>
    Created,

    /// <summary>This item was received before (the batch was resent); nothing new was created.</summary>
    AlreadyReceived,

    /// <summary>The citizen already has another open application; nothing was created.</summary>
    Conflict,

    /// <summary>The item is invalid; see its errors. Nothing was created.</summary>
    Invalid,
}

public sealed record BatchItemResult(
    string? ClientItemId,
    BatchItemOutcome Outcome,
    Guid? ApplicationId = null,
    IDictionary<string, string[]>? Errors = null);

public sealed record BatchResult(string BatchId, IReadOnlyList<BatchItemResult> Items);
