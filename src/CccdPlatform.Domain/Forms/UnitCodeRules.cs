using FluentValidation;

namespace CccdPlatform.Domain.Forms;

/// <summary>The unit codes of a form, each checked in the map of the collection day (<paramref name="units"/>).</summary>
public static class UnitCodeRules
{
    public static IRuleBuilderOptionsConditions<T, string?> Province<T>(
        this IRuleBuilder<T, string?> rule, AdministrativeUnits units, UnitMaps maps) => rule.Custom((code, context) =>
    {
        if (code is { Length: > 0 } && !units.Exists(code, UnitLevel.Province))
        {
            context.AddFailure(units.HasDistricts || !maps.ThreeTier.Exists(code, UnitLevel.Province)
                ? "This is not a known province code."
                : maps.WhyNotInTwoTier(code)!);
        }
    });

    public static IRuleBuilderOptions<T, string?> District<T>(
        this IRuleBuilder<T, string?> rule, AdministrativeUnits units, Func<T, string?> province) => rule
        .Must(code => code is null || units.Exists(code, UnitLevel.District)).WithMessage("This is not a known district code.")
        .Must((form, code) => code is null || units.IsDirectlyUnder(code, province(form)))
        .WithMessage((form, code) => $"District {code} is not in province {province(form)}.");

    /// <summary>Under its district before 1 July 2025, under its province since; an old code is told what it became.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> Commune<T>(
        this IRuleBuilder<T, string?> rule, AdministrativeUnits units, UnitMaps maps, Func<T, string?> province, Func<T, string?> district) =>
        rule.Custom((code, context) =>
        {
            if (code is null)
            {
                return;
            }

            var form = context.InstanceToValidate;
            var why = units.HasDistricts switch
            {
                true when !units.Exists(code, UnitLevel.Commune) => "This is not a known commune code.",
                true when !units.IsDirectlyUnder(code, district(form)) => $"Commune {code} is not in district {district(form)}.",
                true => null,
                false => maps.WhyNotACommuneOf(code, province(form)),
            };
            if (why is not null)
            {
                context.AddFailure(why);
            }
        });
}
