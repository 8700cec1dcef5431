using System.Security.Claims;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.ServiceDefaults.Authentication;

namespace CccdPlatform.Biometrics.Apis;

/// <summary>A capture as received: every template and photo reference encrypted before it is kept, held or not.</summary>
public static class NewCaptures
{
    public static Capture From(
        SubmitCapture form, ClaimsPrincipal user, (string Key, string RequestHash)? resendKey, TemplateProtector protector, TimeProvider clock)
    {
        var id = Guid.CreateVersion7();
        byte[]? Encrypt(string? base64, string field) =>
            Base64Field.TryDecode(base64) is { } bytes ? protector.Protect(bytes, id, field) : null;

        return new Capture
        {
            Id = id,
            ApplicationId = form.ApplicationId!.Value,
            MachineId = form.MachineId!.Trim(),
            OperatorId = user.SubjectOf(),
            OfficerUnitCode = user.UnitCodeOf(),
            OfficerIsAdmin = user.IsInRole(Roles.Admin),
            IdempotencyKey = resendKey?.Key,
            RequestHash = resendKey?.RequestHash,
            CapturedAt = clock.GetUtcNow(),
            Fingers = form.Fingerprints!.Select(f => new FingerRecord
            {
                Position = f.Position!.Value,
                Quality = f.Quality,
                EncryptedTemplate = Encrypt(f.Template, ProtectedFields.FingerTemplate(f.Position!.Value)),
                Exception = f.Exception,
                EncryptedExceptionPhotoRef = f.ExceptionPhotoRef is null ? null
                    : protector.Protect(f.ExceptionPhotoRef.Trim(), id, ProtectedFields.FingerExceptionPhoto(f.Position!.Value)),
            }).ToList(),
            FaceQuality = form.Face!.Quality!.Value,
            EncryptedFaceTemplate = Encrypt(form.Face.Template, ProtectedFields.FaceTemplate)!,
            Irises = (form.Irises ?? []).Select(i => new IrisRecord
            {
                Eye = i.Eye!.Value,
                Quality = i.Quality,
                EncryptedTemplate = Encrypt(i.Template, ProtectedFields.IrisTemplate(i.Eye!.Value)),
                Exception = i.Exception,
                EncryptedExceptionPhotoRef = i.ExceptionPhotoRef is null ? null
                    : protector.Protect(i.ExceptionPhotoRef.Trim(), id, ProtectedFields.IrisExceptionPhoto(i.Eye!.Value)),
            }).ToList(),
        };
    }
}
