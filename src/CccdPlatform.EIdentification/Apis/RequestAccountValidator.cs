using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults;
using FluentValidation;

namespace CccdPlatform.EIdentification.Apis;

public sealed class RequestAccountValidator : AbstractValidator<RequestAccount>
{
    public RequestAccountValidator(UnitMaps maps, TimeProvider clock)
    {
        Include(new AccountFormRules<RequestAccount>());
        RuleFor(r => r.Level).NotNull().InclusiveBetween(1, 2).WithMessage("The level is 1 or 2.");
        // An account is asked for today: its unit is one of today's map.
        RuleFor(r => r.UnitCode)
            .Custom((code, context) =>
            {
                if (maps.WhyNotAUnitOf(maps.Today(clock), code) is { } why)
                {
                    context.AddFailure(why);
                }
            })
            .When(r => r.UnitCode is not null);
    }
}
