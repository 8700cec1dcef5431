using FluentValidation;

namespace CccdPlatform.Identity.Model;

public sealed class NewIntegratorValidator : AbstractValidator<NewIntegrator>
{
    public NewIntegratorValidator()
    {
        RuleFor(i => i.DisplayName).NotEmpty().MaximumLength(IntegratorRules.MaxDisplayNameLength);
        RuleFor(i => i.ClientId).Must(IntegratorRules.IsClientId).When(i => i.ClientId is not null)
            .WithMessage(IntegratorRules.ClientIdMessage);
    }
}
