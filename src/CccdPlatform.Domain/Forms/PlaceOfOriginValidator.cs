using FluentValidation;

namespace CccdPlatform.Domain.Forms;

/// <summary>A place of origin in the map of the collection day: a province, and its district (before 1 July 2025) and commune when known.</summary>
public sealed class PlaceOfOriginValidator : AbstractValidator<PlaceOfOriginInput>
{
    public PlaceOfOriginValidator(AdministrativeUnits units, UnitMaps maps)
    {
        RuleFor(o => o.ProvinceCode).NotEmpty().Province(units, maps);
        if (units.HasDistricts)
        {
            RuleFor(o => o.DistrictCode).District(units, o => o.ProvinceCode);
        }
        else
        {
            RuleFor(o => o.DistrictCode).Empty().WithMessage(AddressValidator.NoDistricts);
        }

        RuleFor(o => o.CommuneCode).Commune(units, maps, o => o.ProvinceCode, o => o.DistrictCode);
    }
}
