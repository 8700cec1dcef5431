using System.Linq.Expressions;
using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Biometrics.Matching;
using CccdPlatform.Biometrics.Model;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Http;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CccdPlatform.Biometrics.Apis;

public sealed class SubmitCaptureValidator : AbstractValidator<SubmitCapture>
{
    public const int MaxTemplateBytes = 64 * 1024;
    public const int MaxPhotoRefLength = 500;
    private const string NotBase64 = "This is not valid base64.";

    public SubmitCaptureValidator(IOptions<MatchingOptions> matching)
    {
        var dimension = matching.Value.FaceTemplateDimension;

        RuleFor(c => c.ApplicationId).NotEmpty().NotEqual(Guid.Empty).WithMessage("Give the id of the application the capture is for.");
        RuleFor(c => c.MachineId).NotEmpty().MaximumLength(BiometricsDbContext.MachineIdMaxLength).OneLine();

        RuleFor(c => c.Fingerprints).NotNull().Custom((fingers, context) =>
        {
            if (fingers!.Count > FingerPositions.Last)
            {
                context.AddFailure("At most 10 fingerprints: one per finger position.");
                return;
            }

            for (var i = 0; i < fingers.Count; i++)
            {
                if (fingers[i]?.Position is { } p && fingers.Take(i).Any(f => f?.Position == p))
                {
                    context.AddFailure($"fingerprints[{i}].position", $"Finger {p} appears more than once.");
                }
            }

            var missing = FingerPositions.All.Where(p => fingers.All(f => f?.Position != p)).ToList();
            if (missing.Count > 0)
            {
                context.AddFailure(
                    $"Every finger must be captured or have a recorded exception; missing: {string.Join(", ", missing.Select(FingerPositions.Describe))}.");
            }
        });
        RuleForEach(c => c.Fingerprints).NotNull().ChildRules(finger =>
        {
            finger.RuleFor(f => f.Position).NotNull().InclusiveBetween(FingerPositions.First, FingerPositions.Last);
            TemplateOrException(finger, "finger", f => f.Exception is not null, f => f.Quality, f => f.Template, f => f.ExceptionPhotoRef);
        });

        RuleFor(c => c.Face).NotNull().ChildRules(face =>
        {
            face.RuleFor(f => f!.Quality).NotNull().InclusiveBetween(0, 100);
            face.RuleFor(f => f!.Template).NotEmpty().Custom((template, context) =>
            {
                var bytes = Base64Field.TryDecode(template);
                if (bytes is null)
                {
                    context.AddFailure(NotBase64);
                }
                else if (bytes.Length != dimension * sizeof(float))
                {
                    context.AddFailure(
                        $"A face template is {dimension} little-endian float32 values ({dimension * sizeof(float)} bytes), not {bytes.Length} bytes.");
                }
                else if (!FaceTemplate.IsUsable(FaceTemplate.FromBytes(bytes)))
                {
                    context.AddFailure("A face template must hold finite numbers, not all zero.");
                }
            });
        });

        RuleFor(c => c.Irises)
            .Must(irises => irises!.Count <= 2).WithMessage("At most two irises.")
            .Must(irises => irises!.Where(i => i?.Eye is not null).DistinctBy(i => i.Eye).Count() == irises!.Count(i => i?.Eye is not null))
            .WithMessage("Each eye at most once.")
            .When(c => c.Irises is not null);
        RuleForEach(c => c.Irises).NotNull().ChildRules(iris =>
        {
            iris.RuleFor(i => i.Eye).NotNull();
            TemplateOrException(iris, "iris", i => i.Exception is not null, i => i.Quality, i => i.Template, i => i.ExceptionPhotoRef);
        });
    }

    /// <summary>A finger or an iris: captured (quality and template) or a documented exception (its photo, no template).</summary>
    private static void TemplateOrException<T>(
        InlineValidator<T> part,
        string what,
        Func<T, bool> excepted,
        Expression<Func<T, int?>> quality,
        Expression<Func<T, string?>> template,
        Expression<Func<T, string?>> exceptionPhotoRef)
    {
        part.RuleFor(quality).InclusiveBetween(0, 100);
        part.When(p => !excepted(p), () =>
        {
            part.RuleFor(quality).NotNull();
            part.RuleFor(template).NotEmpty().WithMessage($"A captured {what} needs its template (or an exception).")
                .Must(t => Base64Field.TryDecode(t) is { Length: <= MaxTemplateBytes }).WithMessage(NotBase64 + $" At most {MaxTemplateBytes} bytes.");
            part.RuleFor(exceptionPhotoRef).Empty().WithMessage("An exception photo goes with an exception only.");
        }).Otherwise(() =>
        {
            part.RuleFor(template).Empty().WithMessage($"A {what} with an exception has no template.");
            part.RuleFor(exceptionPhotoRef).NotEmpty().WithMessage("An exception needs the reference of its photo.")
                .MaximumLength(MaxPhotoRefLength).OneLine();
        });
    }
}
