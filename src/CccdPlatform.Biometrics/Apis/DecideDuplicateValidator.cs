using CccdPlatform.Biometrics.Infrastructure;
using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Http;
using FluentValidation;

namespace CccdPlatform.Biometrics.Apis;

public sealed class DecideDuplicateValidator : AbstractValidator<DecideDuplicate>
{
    public DecideDuplicateValidator()
    {
        RuleFor(d => d.Decision).NotNull();
        RuleFor(d => d.Reason).NotEmpty().MaximumLength(BiometricsDbContext.ReasonMaxLength).MultiLine();
    }
}
