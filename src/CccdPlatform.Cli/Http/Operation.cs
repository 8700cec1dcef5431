namespace CccdPlatform.Cli.Http;

/// <summary>What a request does, for counting and latency.</summary>
public enum Operation
{
    Application,
    Capture,
    EId,
    Batch,
    Roster,
    Token,
    Progress,
    Registry,
}
