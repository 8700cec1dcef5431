namespace CccdPlatform.EIdentification.Extensions;

/// <summary>The <c>EIdentification</c> configuration section.</summary>
public sealed class EIdentificationOptions
{
    public const string Section = "EIdentification";

    /// <summary>Public holidays (days off in lieu included) that do not count as working days for deadlines.</summary>
    public List<DateOnly> Holidays { get; set; } = [];

    /// <summary>How often overdue requests are looked for.</summary>
    public TimeSpan DeadlineCheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    public ActivationOptions Activation { get; set; } = new();
}
