using System.Diagnostics;

namespace CccdPlatform.ServiceDefaults;

/// <summary>The platform's own activity source and meter, registered with OpenTelemetry by the service defaults.</summary>
public static class TelemetryNames
{
    public const string ActivitySource = "CccdPlatform";
    public const string Meter = "CccdPlatform";

    public static readonly ActivitySource Source = new(ActivitySource);
}
