using FluentValidation;

namespace CccdPlatform.Domain.Forms;

/// <summary>An address in the map of the collection day: province, district and commune before 1 July 2025, province and commune since.</summary>
public sealed class AddressValidator : AbstractValidator<AddressInput>
{
    public const int MaxLineLength = 200;
    public const string NoDistricts = "There are no districts since 1 July 2025: give the province and the commune.";

    public AddressValidator(AdministrativeUnits units, UnitMaps maps)
    {
        RuleFor(a => a.ProvinceCode).NotEmpty().Province(units, maps);
        if (units.HasDistricts)
        {
            RuleFor(a => a.DistrictCode).NotEmpty().District(units, a => a.ProvinceCode);
        }
        else
        {
            RuleFor(a => a.DistrictCode).Empty().WithMessage(NoDistricts);
        }

        RuleFor(a => a.CommuneCode).NotEmpty().Commune(units, maps, a => a.ProvinceCode, a => a.DistrictCode);
        RuleFor(a => a.Line).NotEmpty().MaximumLength(MaxLineLength).OneLine();
    }
}
