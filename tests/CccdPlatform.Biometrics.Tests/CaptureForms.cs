namespace CccdPlatform.Biometrics.Tests;

/// <summary>Capture bodies as a reception machine sends them.</summary>
public static class CaptureForms
{
    public static Dictionary<string, object?> Good(Guid applicationId, float[]? face = null) => new()
    {
        ["applicationId"] = applicationId,
        ["machineId"] = "KIT-380-01",
        ["fingerprints"] = Enumerable.Range(1, 10).Select(position => new Dictionary<string, object?>
        {
            ["position"] = position,
            ["quality"] = 80,
            ["template"] = FaceTemplates.RandomFingerprint(),
        }).ToList(),
        ["face"] = new Dictionary<string, object?>
        {
            ["quality"] = 85,
            ["template"] = FaceTemplates.Base64(face ?? FaceTemplates.Random()),
        },
    };

    public static Dictionary<string, object?> With(this Dictionary<string, object?> form, string field, object? value)
    {
        form[field] = value;
        return form;
    }

    public static Dictionary<string, object?> WithFace(this Dictionary<string, object?> form, string field, object? value)
    {
        ((Dictionary<string, object?>)form["face"]!)[field] = value;
        return form;
    }

    /// <summary>Changes one field of the finger at a position (1-10).</summary>
    public static Dictionary<string, object?> WithFinger(this Dictionary<string, object?> form, int position, string field, object? value)
    {
        Fingers(form).Single(f => (int)f["position"]! == position)[field] = value;
        return form;
    }

    public static Dictionary<string, object?> WithException(
        this Dictionary<string, object?> form, int position, string exception = "Amputated", string? photoRef = "photos/kit-380-01/0001.jpg")
    {
        var finger = Fingers(form).Single(f => (int)f["position"]! == position);
        finger.Remove("template");
        finger.Remove("quality");
        finger["exception"] = exception;
        finger["exceptionPhotoRef"] = photoRef;
        return form;
    }

    public static Dictionary<string, object?> WithoutFinger(this Dictionary<string, object?> form, int position)
    {
        Fingers(form).RemoveAll(f => (int)f["position"]! == position);
        return form;
    }

    public static Dictionary<string, object?> WithIris(this Dictionary<string, object?> form, string eye, int quality)
    {
        if (form.GetValueOrDefault("irises") is not List<Dictionary<string, object?>> irises)
        {
            form["irises"] = irises = [];
        }

        irises.Add(new Dictionary<string, object?> { ["eye"] = eye, ["quality"] = quality, ["template"] = FaceTemplates.RandomFingerprint() });
        return form;
    }

    public static Dictionary<string, object?> WithIrisException(
        this Dictionary<string, object?> form, string eye, string exception = "Missing", string? photoRef = "photos/kit-380-01/eye.jpg")
    {
        form.WithIris(eye, 0);
        var iris = ((List<Dictionary<string, object?>>)form["irises"]!)[^1];
        iris.Remove("quality");
        iris.Remove("template");
        iris["exception"] = exception;
        iris["exceptionPhotoRef"] = photoRef;
        return form;
    }

    private static List<Dictionary<string, object?>> Fingers(Dictionary<string, object?> form) =>
        (List<Dictionary<string, object?>>)form["fingerprints"]!;
}
