using FluentValidation;

namespace CccdPlatform.EIdentification.Apis;

public sealed class SelfServiceRequestValidator : AbstractValidator<SelfServiceRequest>
{
    public const int MaxPortraitRefLength = 200;

    public SelfServiceRequestValidator()
    {
        Include(new AccountFormRules<SelfServiceRequest>());
        RuleFor(r => r.Level).InclusiveBetween(1, 2).WithMessage("The level is 1 or 2.").When(r => r.Level is not null);
        RuleFor(r => r.FaceCheck).NotNull().WithMessage("Give the result of the app's face check.");
        RuleFor(r => r.FaceCheck).ChildRules(check =>
        {
            check.RuleFor(c => c!.Matched)
                .Equal(true).WithMessage("The face check must have matched the portrait the population database holds.");
            check.RuleFor(c => c!.Score).InclusiveBetween(0, 1).When(c => c!.Score is not null);
            check.RuleFor(c => c!.PortraitRef).NotEmpty().MaximumLength(MaxPortraitRefLength);
        }).When(r => r.FaceCheck is not null);
    }
}
