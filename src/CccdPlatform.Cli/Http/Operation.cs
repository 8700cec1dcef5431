namespace CccdPlatform.Cli.Http;

/// <summary>What a request does, for counting and latency.</summary>
public enum Operation
{
    Application,
    Capture,

    /// <summary>A read of a held capture's status location; not counted with the captures' own latency.</summary>
    CaptureStatus,
    EId,
    Batch,
    Roster,
    Token,
    Progress,
    Registry,
}
