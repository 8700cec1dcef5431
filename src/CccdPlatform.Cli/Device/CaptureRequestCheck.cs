namespace CccdPlatform.Cli.Device;

/// <summary>The checks on a capture request, one message per bad field, named as in the JSON (<c>bio[0].deviceId</c>).</summary>
public static class CaptureRequestCheck
{
    public const int DefaultTimeoutMs = 10_000;
    public const int MinTimeoutMs = 1_000;
    public const int MaxTimeoutMs = 60_000;
    private const int MaxTransactionId = 64;
    private const int MaxSubjectHint = 100;

    public static Dictionary<string, string[]> Errors(CaptureRequest request, IReadOnlyList<DeviceInfo> devices)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.TransactionId) || request.TransactionId.Length > MaxTransactionId)
        {
            errors["transactionId"] = [$"A transaction id of 1 to {MaxTransactionId} characters."];
        }

        if (request.TimeoutMs is < MinTimeoutMs or > MaxTimeoutMs)
        {
            errors["timeoutMs"] = [$"From {MinTimeoutMs} to {MaxTimeoutMs} ms."];
        }

        if (request.SubjectHint is { Length: > MaxSubjectHint })
        {
            errors["subjectHint"] = [$"At most {MaxSubjectHint} characters."];
        }

        if (request.Bio is not { Count: > 0 })
        {
            errors["bio"] = ["Name at least one device to capture from."];
            return errors;
        }

        for (var i = 0; i < request.Bio.Count; i++)
        {
            Check(request.Bio[i], $"bio[{i}]", devices, errors);
            if (request.Bio[i]?.DeviceId is { } id && request.Bio.Take(i).Any(b => b?.DeviceId == id))
            {
                errors[$"bio[{i}].deviceId"] = [$"Device {id} is named more than once."];
            }
        }

        return errors;
    }

    private static void Check(BioRequest? bio, string at, IReadOnlyList<DeviceInfo> devices, Dictionary<string, string[]> errors)
    {
        var device = devices.FirstOrDefault(d => d.DeviceId == bio?.DeviceId);
        if (bio is null || device is null)
        {
            errors[$"{at}.deviceId"] = [$"No device {bio?.DeviceId} here; GET /device/discover lists them."];
            return;
        }

        if (bio.Type is { } type && type != device.Type)
        {
            errors[$"{at}.type"] = [$"Device {device.DeviceId} captures {device.Type}, not {type}."];
        }

        var known = BioSubTypes.Of(device.Type);
        SubTypes(bio.BioSubType, $"{at}.bioSubType", known, errors);
        SubTypes(bio.Exception, $"{at}.exception", known, errors);
        if (bio.BioSubType?.Intersect(bio.Exception ?? [], StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } both)
        {
            errors[$"{at}.exception"] = [$"{both} is both asked for and excepted."];
        }

        if (bio.RequestedScore is < 0 or > 100)
        {
            errors[$"{at}.requestedScore"] = ["From 0 to 100."];
        }
    }

    private static void SubTypes(IReadOnlyList<string>? named, string at, IReadOnlyList<string> known, Dictionary<string, string[]> errors)
    {
        var unknown = named?.Where(n => !known.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList() ?? [];
        if (unknown.Count > 0)
        {
            errors[at] = [$"Unknown: {string.Join(", ", unknown)}; this device takes {string.Join(", ", known)}."];
        }
        else if (named is not null && named.Distinct(StringComparer.OrdinalIgnoreCase).Count() != named.Count)
        {
            errors[at] = ["Each sub-type at most once."];
        }
    }
}
