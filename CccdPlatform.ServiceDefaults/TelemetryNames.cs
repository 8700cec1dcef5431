using System.Diagnostics;

namespace CccdPlatform.ServiceDefaults;

/// <summary>The platform's own activity source and meters, registered with OpenTelemetry by the service defaults.</summary>
public static class TelemetryNames
{
    public const string ActivitySource = "CccdPlatform";
    public const string Meter = "CccdPlatform";

    /// <summary>Each service's business metrics: a meter named after the service, e.g. <c>CccdPlatform.Intake</c>.</summary>
    public const string ServiceMeters = "CccdPlatform.*";

    public static readonly ActivitySource Source = new(ActivitySource);
}
