namespace CccdPlatform.Domain.Forms;

/// <summary>Where the application was collected: at a fixed station, or by a mobile team on a visit.</summary>
public enum Channel
{
    Station,
    Mobile,
}
