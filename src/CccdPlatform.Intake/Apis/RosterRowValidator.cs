using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Http;
using FluentValidation;

namespace CccdPlatform.Intake.Apis;

public sealed class RosterRowValidator : AbstractValidator<RosterRow>
{
    public RosterRowValidator(UnitMaps maps, TimeProvider clock)
    {
        RuleFor(r => r.PersonalId)
            .NotEmpty()
            .Must(PersonalIdNumber.HasValidFormat).WithMessage("The personal identification number must be exactly 12 digits.")
            .Must(id => maps.WasEverAProvince(PersonalIdNumber.ProvinceCodeOf(id!)))
            .WithMessage("The first 3 digits are not the code of a province.")
            .Custom((id, context) =>
            {
                if (context.InstanceToValidate is { DateOfBirth: { } birth, Sex: { } sex }
                    && PersonalIdNumber.DisagreementWith(id!, birth, female: sex == Sex.Female) is { } why)
                {
                    context.AddFailure(why);
                }
            });
        RuleFor(r => r.FullName)
            .NotEmpty()
            .Must(n => CitizenName.Normalize(n!).Length <= CitizenName.MaxLength)
            .WithMessage($"The full name must be at most {CitizenName.MaxLength} characters.")
            .Must(n => CitizenName.HasOnlyNameCharacters(n!))
            .WithMessage("The full name may hold only letters, spaces, apostrophes and hyphens.");
        RuleFor(r => r.Sex).NotNull().WithMessage("Use Male/Female (or Nam/Nữ).");
        RuleFor(r => r.DateOfBirth)
            .NotNull().WithMessage("Use yyyy-MM-dd or dd/MM/yyyy.")
            .Must(d => d!.Value.Year >= 1900).WithMessage("The date of birth must be in 1900 or later.")
            .Must(d => CardRules.IsAtLeast(d!.Value, CardRules.MandatoryAge, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            .WithMessage($"Not eligible yet: younger than {CardRules.MandatoryAge}.");
        RuleFor(r => r.AddressLine).MaximumLength(AddressValidator.MaxLineLength).OneLine();
    }
}
