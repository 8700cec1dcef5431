using System.Security.Cryptography;
using System.Text;
using CccdPlatform.Cli.Synthetic;

namespace CccdPlatform.Cli.Device;

/// <summary>
/// A slap fingerprint scanner, a face camera (which also takes exception photos, as in MOSIP SBI 2.0) and a double
/// iris camera, simulated: templates and qualities come from <see cref="BiometricSamples"/>, the same rule as the
/// simulator's captures, and the <see cref="SimulationConditions"/> say what goes wrong.
/// </summary>
public sealed class SimulatedDevice(SimulationConditions conditions, TimeProvider time)
{
    public const string FingerDevice = "sim-finger-01";
    public const string FaceDevice = "sim-face-01";
    public const string IrisDevice = "sim-iris-01";
    public const string SpecVersion = "cccd-device-1.0";
    private const string QualityScale = "0-100: NFIQ 2 for fingers, OFIQ for the face, ISO/IEC 29794-6 for irises";

    private static readonly DeviceInfo[] Catalogue =
    [
        Info(FingerDevice, BioType.Finger, "Slap", "Simulated slap scanner", "SIM-F-0001", "ISO/IEC 19794-2 minutiae, opaque bytes"),
        Info(FaceDevice, BioType.Face, "Full face", "Simulated face camera", "SIM-C-0001", "512 little-endian float32 values"),
        Info(IrisDevice, BioType.Iris, "Double", "Simulated iris camera", "SIM-I-0001", "ISO/IEC 19794-6, opaque bytes"),
    ];

    private readonly Lock _gate = new();
    private readonly Dictionary<int, int> _poorCapturesTaken = [];
    private readonly HashSet<string> _busy = [];
    private SimulationConditions _conditions = conditions;

    public SimulationConditions Conditions
    {
        get { lock (_gate) { return _conditions; } }
        // New conditions count poor captures afresh.
        set
        {
            lock (_gate)
            {
                _conditions = value;
                _poorCapturesTaken.Clear();
            }
        }
    }

    public IReadOnlyList<DeviceInfo> Devices()
    {
        lock (_gate)
        {
            return Catalogue.Select(d => d with { Status = _busy.Contains(d.DeviceId) ? DeviceStatus.Busy : DeviceStatus.Ready }).ToList();
        }
    }

    public IReadOnlyList<DeviceDescriptor> Discover(BioType? type, Uri serviceUrl) =>
        Devices().Where(d => type is null || d.Type == type)
            .Select(d => new DeviceDescriptor(d.DeviceId, d.Type, d.SubType, d.Status, SubIds(d.Type), [SpecVersion], "Registration",
                new Uri(serviceUrl, "device/capture").ToString()))
            .ToList();

    /// <summary>Takes the capture, or says why not: the request's errors, a device already capturing, or a timeout.</summary>
    public async Task<CaptureOutcome> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken)
    {
        if (CaptureRequestCheck.Errors(request, Catalogue) is { Count: > 0 } errors)
        {
            return CaptureOutcome.Invalid(errors);
        }

        var bios = request.Bio!.Select(b => b!).ToList();
        var conditionsNow = Conditions;
        if (!TryReserve(bios.Select(b => b.DeviceId!).ToList()))
        {
            return CaptureOutcome.Busy;
        }

        try
        {
            var timeout = request.TimeoutMs ?? CaptureRequestCheck.DefaultTimeoutMs;
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(conditionsNow.DelayMs, timeout)), time, cancellationToken);
            if (conditionsNow.DelayMs > timeout)
            {
                return CaptureOutcome.TimedOut;
            }

            var captured = bios.SelectMany(b => Take(b, request.SubjectHint, conditionsNow)).ToList();
            return CaptureOutcome.Done(new CaptureResponse(request.TransactionId!, captured));
        }
        finally
        {
            lock (_gate)
            {
                bios.ForEach(b => _busy.Remove(b.DeviceId!));
            }
        }
    }

    private IEnumerable<CapturedBio> Take(BioRequest bio, string? hint, SimulationConditions conditionsNow)
    {
        var type = Catalogue.Single(d => d.DeviceId == bio.DeviceId).Type;
        var excepted = new HashSet<string>(bio.Exception ?? [], StringComparer.OrdinalIgnoreCase);
        var asked = bio.BioSubType is { Count: > 0 } named ? named : BioSubTypes.Of(type);
        foreach (var subType in BioSubTypes.Of(type).Where(s => asked.Contains(s, StringComparer.OrdinalIgnoreCase) || excepted.Contains(s)))
        {
            var position = BioSubTypes.Position(type, subType);
            var eye = type == BioType.Iris ? subType : null;
            var empty = new CapturedBio(bio.DeviceId!, type, subType, position, eye, null, bio.RequestedScore, null, null, time.GetUtcNow(), null);
            if (excepted.Contains(subType))
            {
                // The face camera photographs the hand or eye, as SBI 2.0's ExceptionPhoto; the reference is what biometrics keeps.
                yield return empty with { ExceptionPhotoRef = $"photo://{FaceDevice}/{Guid.NewGuid():N}" };
            }
            else if (position is { } p && conditionsNow.MissingFingers?.Contains(p) == true)
            {
                yield return empty with { Error = new BioError("NotDetected", $"No {subType} on the sensor: record an exception.") };
            }
            else
            {
                var random = SeededBy(hint, subType);
                var quality = position is { } f && IsPoorNow(f, conditionsNow) ? BiometricSamples.PoorQuality(random) : BiometricSamples.GoodQuality(random);
                var template = type == BioType.Face ? BiometricSamples.FaceTemplate(random) : BiometricSamples.OpaqueTemplate(random);
                yield return empty with { QualityScore = quality, Template = template };
            }
        }
    }

    private bool IsPoorNow(int position, SimulationConditions conditionsNow)
    {
        if (conditionsNow.PoorFingers?.Contains(position) != true)
        {
            return false;
        }

        lock (_gate)
        {
            var taken = _poorCapturesTaken.GetValueOrDefault(position);
            _poorCapturesTaken[position] = taken + 1;
            return conditionsNow.PoorCaptures == 0 || taken < conditionsNow.PoorCaptures;
        }
    }

    private bool TryReserve(List<string> deviceIds)
    {
        lock (_gate)
        {
            if (deviceIds.Any(_busy.Contains))
            {
                return false;
            }

            deviceIds.ForEach(id => _busy.Add(id));
            return true;
        }
    }

    // The same citizen (hint) gives the same template per sub-type, whatever else the request asks for.
    private static Random SeededBy(string? hint, string subType) => hint is null
        ? new Random()
        : new Random(BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes($"{hint}\n{subType}")), 0));

    // As SBI numbers them: fingers 1 left slap, 2 right slap, 3 two thumbs; irises 1 left, 2 right, 3 both; the face 0.
    private static int[] SubIds(BioType type) => type == BioType.Face ? [0] : [1, 2, 3];

    private static DeviceInfo Info(string id, BioType type, string subType, string model, string serial, string format) =>
        new(id, type, subType, DeviceStatus.Ready, "CccdPlatform", model, serial, "1.0.0", SpecVersion, Simulated: true,
            BioSubTypes.Of(type), QualityScale, format);
}
