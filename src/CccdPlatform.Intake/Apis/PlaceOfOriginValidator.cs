using CccdPlatform.Domain;
using FluentValidation;

namespace CccdPlatform.Intake.Apis;

public sealed class PlaceOfOriginValidator : AbstractValidator<PlaceOfOriginInput>
{
    public PlaceOfOriginValidator(AdministrativeUnits units)
    {
        RuleFor(o => o.ProvinceCode)
            .NotEmpty()
            .Must(code => units.Exists(code, UnitLevel.Province)).WithMessage("This is not a known province code.");
        RuleFor(o => o.DistrictCode)
            .Must((o, code) => units.IsDirectlyUnder(code, o.ProvinceCode))
            .WithMessage(o => $"District {o.DistrictCode} is not a district of province {o.ProvinceCode}.")
            .When(o => o.DistrictCode is not null);
        RuleFor(o => o.CommuneCode)
            .Must((o, code) => units.IsDirectlyUnder(code, o.DistrictCode))
            .WithMessage(o => $"Commune {o.CommuneCode} is not a commune of district {o.DistrictCode}.")
            .When(o => o.CommuneCode is not null);
    }
}
