namespace CccdPlatform.Reporting.Projections;

/// <summary>Tuning of the projector, from the <c>Projection</c> configuration section.</summary>
public sealed class ProjectionOptions
{
    public const string Section = "Projection";

    /// <summary>The most stored events one transaction projects.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>How long the projector sleeps when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
