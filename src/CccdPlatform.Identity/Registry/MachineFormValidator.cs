using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;

namespace CccdPlatform.Identity.Registry;

public sealed class MachineFormValidator : AbstractValidator<MachineForm>
{
    public MachineFormValidator(UnitMaps maps, TimeProvider clock)
    {
        RuleFor(m => m.UnitCode).MustNameAUnit(maps, clock);
        RuleFor(m => m.Name).MustBeAName();
        RuleFor(m => m.TeamCode).MaximumLength(RegistryModelBuilderExtensions.MaxCodeLength);
        RuleFor(m => m.StationCode).MaximumLength(RegistryModelBuilderExtensions.MaxCodeLength);
    }
}
