using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;

namespace CccdPlatform.Identity.Registry;

public sealed class MachineFormValidator : AbstractValidator<MachineForm>
{
    public MachineFormValidator(AdministrativeUnits units)
    {
        RuleFor(m => m.UnitCode).MustNameAUnit(units);
        RuleFor(m => m.Name).MustBeAName();
        RuleFor(m => m.TeamCode).MaximumLength(RegistryModelBuilderExtensions.MaxCodeLength);
        RuleFor(m => m.StationCode).MaximumLength(RegistryModelBuilderExtensions.MaxCodeLength);
    }
}
