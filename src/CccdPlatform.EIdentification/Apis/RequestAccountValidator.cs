using CccdPlatform.Domain;
using FluentValidation;

namespace CccdPlatform.EIdentification.Apis;

public sealed class RequestAccountValidator : AbstractValidator<RequestAccount>
{
    public RequestAccountValidator(AdministrativeUnits units)
    {
        Include(new AccountFormRules<RequestAccount>());
        RuleFor(r => r.Level).NotNull().InclusiveBetween(1, 2).WithMessage("The level is 1 or 2.");
        RuleFor(r => r.UnitCode)
            .Must(code => units.PathOf(code) is not null).WithMessage("This is not a known administrative unit code.")
            .When(r => r.UnitCode is not null);
    }
}
