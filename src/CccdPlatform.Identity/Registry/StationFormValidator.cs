using CccdPlatform.Domain;
using FluentValidation;

namespace CccdPlatform.Identity.Registry;

public sealed class StationFormValidator : AbstractValidator<StationForm>
{
    public StationFormValidator(UnitMaps maps, TimeProvider clock)
    {
        RuleFor(s => s.UnitCode).MustNameAUnit(maps, clock);
        RuleFor(s => s.Name).MustBeAName();
    }
}
