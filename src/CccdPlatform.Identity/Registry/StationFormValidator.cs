using CccdPlatform.Domain;
using FluentValidation;

namespace CccdPlatform.Identity.Registry;

public sealed class StationFormValidator : AbstractValidator<StationForm>
{
    public StationFormValidator(AdministrativeUnits units)
    {
        RuleFor(s => s.UnitCode).MustNameAUnit(units);
        RuleFor(s => s.Name).MustBeAName();
    }
}
