using FluentValidation;

namespace CccdPlatform.Reporting.Apis;

/// <summary>The eligible population Operations expect in a unit, used when its rosters are missing or incomplete.</summary>
public sealed record SetTarget(long? Eligible);

public sealed class SetTargetValidator : AbstractValidator<SetTarget>
{
    public SetTargetValidator() =>
        RuleFor(t => t.Eligible).NotNull().InclusiveBetween(0, 200_000_000).WithMessage("Give the eligible population, 0 to 200,000,000.");
}
