namespace CccdPlatform.Reporting.Model;

/// <summary>
/// Names of the pre-aggregated figures. A dimension's figures share a prefix (<c>channel:Mobile</c>), so one read of a
/// unit's rows gives every breakdown; values not listed here (a new channel, say) are still counted and shown.
/// </summary>
public static class Metrics
{
    public const string Received = "received";

    /// <summary>Applications of this unit's own citizens that are not cancelled: what counts against the eligible population.</summary>
    public const string Covered = "covered";

    /// <summary>Collected here for citizens of another province.</summary>
    public const string ForOtherProvinces = "forOtherProvinces";

    /// <summary>Collected by another province for citizens of this one (province level only).</summary>
    public const string ReceivedElsewhere = "receivedElsewhere";

    /// <summary>The sum of the latest rosters of the communes under the unit.</summary>
    public const string RosterEligible = "rosterEligible";

    public const string Team = "team";
    public const string Machine = "machine";

    public const string ChannelPrefix = "channel:";
    public const string VisitTypePrefix = "visitType:";
    public const string RequestKindPrefix = "requestKind:";
    public const string StatusPrefix = "status:";
    public const string EIdLevelPrefix = "eidLevel:";
    public const string EIdStatePrefix = "eidState:";

    /// <summary>eID accounts created (daily figure, by the day of creation).</summary>
    public const string EIdCreated = "eidCreated";

    /// <summary>eID requests that missed their legal deadline, in the unit accountable for them.</summary>
    public const string EIdDeadlinesBreached = "eidDeadlinesBreached";

    /// <summary>An eID account's state before it is created: a request, not an account yet.</summary>
    public const string EIdRequested = "Requested";

    public static readonly IReadOnlyList<string> EIdStates = [EIdRequested, "PendingActivation", "Active", "Locked"];

    public static readonly IReadOnlyList<string> Channels = ["Station", "Mobile"];
    public static readonly IReadOnlyList<string> VisitTypes = ["Station", "Home", "Hospital", "WorkplaceOrSchool", "Other"];
    public static readonly IReadOnlyList<string> RequestKinds =
        ["FirstIssue", "Renewal", "Replacement", "Correction", "Lost", "Damaged", "DetailsChanged", "UnitsReorganised"];

    public static readonly IReadOnlyList<string> Statuses =
        ["Received", "BiometricsAccepted", "RecaptureNeeded", "UnderReview", "Approved", "CardProduced", "CardDelivered", "Cancelled"];

    public const string Cancelled = "Cancelled";

    /// <summary>Statuses an application reaches only after its biometrics were accepted.</summary>
    public static readonly IReadOnlyList<string> BiometricsAcceptedOrLater = ["BiometricsAccepted", "Approved", "CardProduced", "CardDelivered"];

    public static string Channel(string value) => ChannelPrefix + value;
    public static string VisitType(string value) => VisitTypePrefix + value;
    public static string RequestKind(string value) => RequestKindPrefix + value;
    public static string Status(string value) => StatusPrefix + value;
    public static string EIdLevel(int level) => EIdLevelPrefix + level;
    public static string EIdState(string state) => EIdStatePrefix + state;

    /// <summary>Where a status stands in the lifecycle: breaks a tie between two changes stamped at the same instant.</summary>
    public static int RankOf(string? status) => status switch
    {
        null => -1,
        "Received" => 0,
        "BiometricsAccepted" or "RecaptureNeeded" or "UnderReview" => 1,
        "Approved" => 2,
        "CardProduced" => 3,
        "CardDelivered" or "Cancelled" => 4,
        _ => 1,
    };
}
