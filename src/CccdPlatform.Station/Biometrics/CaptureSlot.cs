namespace CccdPlatform.Station.Biometrics;

/// <summary>One finger, eye or the face: what the device last gave for it, or its documented exception.</summary>
public sealed class CaptureSlot(string deviceId, string subType, int? position, string? eye, int floor)
{
    public string DeviceId { get; } = deviceId;
    public string SubType { get; } = subType;
    public int? Position { get; } = position;
    public string? Eye { get; } = eye;

    /// <summary>The quality under which biometrics asks for a recapture (its default floors); the server has the final say.</summary>
    public int Floor { get; } = floor;

    public int? Quality { get; private set; }
    public string? Template { get; private set; }
    public string? Exception { get; private set; }
    public string? ExceptionPhotoRef { get; private set; }
    public string? DeviceProblem { get; private set; }

    public bool IsPoor => Template is not null && Quality < Floor;

    /// <summary>Captured (whatever its quality: the server judges) or excepted with its photo.</summary>
    public bool IsDone => Template is not null || (Exception is not null && ExceptionPhotoRef is not null);

    public void Take(DeviceBio bio)
    {
        (Quality, Template, DeviceProblem) = (bio.QualityScore, bio.Template, bio.Error?.Message);
        if (bio.Template is not null)
        {
            (Exception, ExceptionPhotoRef) = (null, null);
        }
    }

    /// <summary>Records an exception; its photo follows from the device (null until then).</summary>
    public void Except(string exception, string? photoRef) =>
        (Exception, ExceptionPhotoRef, Quality, Template, DeviceProblem) = (exception, photoRef, null, null, null);

    public void ClearException() => (Exception, ExceptionPhotoRef) = (null, null);
}
