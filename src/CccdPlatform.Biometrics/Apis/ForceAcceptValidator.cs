using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Http;
using FluentValidation;

namespace CccdPlatform.Biometrics.Apis;

public sealed class ForceAcceptValidator : AbstractValidator<ForceAccept>
{
    public ForceAcceptValidator() =>
        RuleFor(f => f.Reason).NotEmpty().MaximumLength(BiometricsDbContext.ReasonMaxLength).MultiLine();
}
