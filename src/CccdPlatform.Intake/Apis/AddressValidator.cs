using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Http;
using FluentValidation;

namespace CccdPlatform.Intake.Apis;

public sealed class AddressValidator : AbstractValidator<AddressInput>
{
    public const int MaxLineLength = 200;

    public AddressValidator(AdministrativeUnits units)
    {
        RuleFor(a => a.ProvinceCode)
            .NotEmpty()
            .Must(code => units.Exists(code, UnitLevel.Province)).WithMessage("This is not a known province code.");
        RuleFor(a => a.DistrictCode)
            .NotEmpty()
            .Must(code => units.Exists(code, UnitLevel.District)).WithMessage("This is not a known district code.")
            .Must((a, code) => units.IsDirectlyUnder(code, a.ProvinceCode))
            .WithMessage(a => $"District {a.DistrictCode} is not in province {a.ProvinceCode}.");
        RuleFor(a => a.CommuneCode)
            .NotEmpty()
            .Must(code => units.Exists(code, UnitLevel.Commune)).WithMessage("This is not a known commune code.")
            .Must((a, code) => units.IsDirectlyUnder(code, a.DistrictCode))
            .WithMessage(a => $"Commune {a.CommuneCode} is not in district {a.DistrictCode}.");
        RuleFor(a => a.Line).NotEmpty().MaximumLength(MaxLineLength).OneLine();
    }
}
