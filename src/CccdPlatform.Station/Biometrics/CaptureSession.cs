using CccdPlatform.Domain;

namespace CccdPlatform.Station.Biometrics;

/// <summary>
/// A citizen's capture in progress: ten fingers, the face and, where the card rules of the application ask for them,
/// both irises; the device requests it builds and the body of <c>POST /api/biometrics/captures</c>.
/// </summary>
public sealed class CaptureSession
{
    public const string FingerDevice = "Finger";
    public const string FaceDevice = "Face";
    public const string IrisDevice = "Iris";
    public static readonly string[] FingerExceptions = ["Amputated", "Bandaged", "Unreadable"];
    public static readonly string[] IrisExceptions = ["Missing", "Bandaged", "Unreadable"];

    private static readonly string[] FingerNames =
    [
        "Right Thumb", "Right IndexFinger", "Right MiddleFinger", "Right RingFinger", "Right LittleFinger",
        "Left Thumb", "Left IndexFinger", "Left MiddleFinger", "Left RingFinger", "Left LittleFinger",
    ];

    public CaptureSession(BiometricsRequirement requirement, IReadOnlyList<FoundDevice> devices)
    {
        string Device(string type) => devices.FirstOrDefault(d => d.Type == type)?.DeviceId ?? "";
        // Biometrics' default floors: NFIQ 2 of 40 for a finger, 50 for the face, 60 for an iris.
        Fingers = FingerNames.Select((name, i) => new CaptureSlot(Device(FingerDevice), name, i + 1, null, 40)).ToList();
        Face = new CaptureSlot(Device(FaceDevice), "Face", null, null, 50);
        Irises = requirement == BiometricsRequirement.FaceFingersAndIrises
            ? new[] { "Left", "Right" }.Select(eye => new CaptureSlot(Device(IrisDevice), eye, null, eye, 60)).ToList()
            : [];
    }

    public IReadOnlyList<CaptureSlot> Fingers { get; }
    public CaptureSlot Face { get; }
    public IReadOnlyList<CaptureSlot> Irises { get; }

    public IEnumerable<CaptureSlot> All => Fingers.Append(Face).Concat(Irises);

    public bool IsComplete => All.All(s => s.IsDone);

    /// <summary>A device request for these slots: captures of those without an exception, exception photos of the others.</summary>
    public static DeviceCaptureRequest Request(IEnumerable<CaptureSlot> slots, string? subjectHint) => new(
        Guid.NewGuid().ToString("N"),
        subjectHint,
        slots.GroupBy(s => s.DeviceId).Select(device => new DeviceBioRequest(
            device.Key,
            device.Where(s => s.Exception is null).Select(s => s.SubType).ToList(),
            device.Where(s => s.Exception is not null).Select(s => s.SubType).ToList(),
            device.Max(s => s.Floor))).ToList());

    public void Apply(DeviceCapture capture)
    {
        foreach (var bio in capture.Biometrics)
        {
            var slot = All.FirstOrDefault(s => s.DeviceId == bio.DeviceId && s.SubType == bio.BioSubType);
            if (slot is null)
            {
                continue;
            }

            if (bio.ExceptionPhotoRef is { } photo && slot.Exception is { } exception)
            {
                slot.Except(exception, photo);
            }
            else
            {
                slot.Take(bio);
            }
        }
    }

    /// <summary>The body biometrics takes (its <c>SubmitCapture</c>).</summary>
    public CaptureSubmission Submission(Guid applicationId, string machineId) => new(
        applicationId,
        machineId,
        Fingers.Select(f => new FingerSubmission(f.Position!.Value, f.Quality, f.Template, f.Exception, f.ExceptionPhotoRef)).ToList(),
        new FaceSubmission(Face.Quality, Face.Template),
        Irises.Count == 0 ? null : Irises.Select(i => new IrisSubmission(i.Eye!, i.Quality, i.Template, i.Exception, i.ExceptionPhotoRef)).ToList());
}
