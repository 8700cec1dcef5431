using CccdPlatform.Intake.Model;
using FluentValidation;

namespace CccdPlatform.Intake.Apis;

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplication>
{
    public const int MinimumAge = 14;
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public SubmitApplicationValidator(AdministrativeUnits units, TimeProvider clock)
    {
        RuleFor(a => a.PersonalId)
            .NotEmpty()
            .Must(PersonalIdNumber.HasValidFormat).WithMessage("The personal identification number must be exactly 12 digits.")
            .Must(id => units.Exists(PersonalIdNumber.ProvinceCodeOf(id!), UnitLevel.Province))
            .WithMessage(a => $"The first 3 digits ({a.PersonalId![..3]}) are not the code of a province.")
            .Custom((id, context) =>
            {
                var form = context.InstanceToValidate;
                if (form is { DateOfBirth: { } birth, Sex: { } sex }
                    && PersonalIdNumber.DisagreementWith(id!, birth, sex) is { } why)
                {
                    context.AddFailure(why);
                }
            });

        RuleFor(a => a.FullName)
            .NotEmpty()
            .Must(n => CitizenName.Normalize(n!).Length <= CitizenName.MaxLength)
            .WithMessage($"The full name must be at most {CitizenName.MaxLength} characters.")
            .Must(n => CitizenName.HasOnlyNameCharacters(n!))
            .WithMessage("The full name may hold only letters, spaces, apostrophes and hyphens.");

        RuleFor(a => a.Sex).NotNull();
        RuleFor(a => a.Channel).NotNull();

        RuleFor(a => a.DateOfBirth)
            .NotNull()
            .Must(d => d!.Value.Year >= 1900).WithMessage("The date of birth must be in 1900 or later.")
            .Must((a, d) => d!.Value <= CollectionDate(a, clock)).WithMessage("The date of birth cannot be in the future.")
            .Must((a, d) => d!.Value.AddYears(MinimumAge) <= CollectionDate(a, clock))
            .WithMessage($"The citizen must be at least {MinimumAge} years old on the day the application is collected.");

        RuleFor(a => a.CollectedAt)
            .Must(t => t <= clock.GetUtcNow() + AllowedClockSkew).WithMessage("The collection time cannot be in the future.")
            .When(a => a.CollectedAt is not null);

        RuleFor(a => a.CollectingUnitCode)
            .NotEmpty()
            .Must(code => units.Find(code) is not null).WithMessage("This is not a known administrative unit code.");

        RuleFor(a => a.PermanentAddress).NotNull().SetValidator(new AddressValidator(units)!);
    }

    private static DateOnly CollectionDate(SubmitApplication application, TimeProvider clock) =>
        DateOnly.FromDateTime((application.CollectedAt ?? clock.GetUtcNow()).UtcDateTime);
}
