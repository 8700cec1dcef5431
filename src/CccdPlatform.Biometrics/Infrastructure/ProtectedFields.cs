namespace CccdPlatform.Biometrics.Infrastructure;

/// <summary>The field names bound into each encrypted value (see <see cref="TemplateProtector"/>).</summary>
public static class ProtectedFields
{
    public const string FaceTemplate = "face";

    public static string FingerTemplate(int position) => $"finger:{position}";

    public static string FingerExceptionPhoto(int position) => $"finger:{position}:exception-photo";

    public static string IrisTemplate(Model.Eye eye) => $"iris:{eye}";

    public static string IrisExceptionPhoto(Model.Eye eye) => $"iris:{eye}:exception-photo";
}
