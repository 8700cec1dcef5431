using CccdPlatform.Domain;
using FluentValidation;

namespace CccdPlatform.EIdentification.Apis;

public sealed class RequestAccountValidator : AbstractValidator<RequestAccount>
{
    public RequestAccountValidator(AdministrativeUnits units)
    {
        RuleFor(r => r.PersonalId)
            .NotEmpty()
            .Must(id => id!.Length == 12 && id.All(char.IsAsciiDigit))
            .WithMessage("The personal identification number must be exactly 12 digits.");
        RuleFor(r => r.FullName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DateOfBirth).NotNull();
        RuleFor(r => r.Sex).NotNull();
        RuleFor(r => r.Level).NotNull().InclusiveBetween(1, 2).WithMessage("The level is 1 or 2.");
        RuleFor(r => r.PhoneNumber)
            .NotEmpty().WithMessage("The activation code goes to the citizen's mobile phone: give its number.")
            .Must(p => PhoneNumbers.Normalize(p) is not null)
            .WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678 or +84912345678.");
        RuleFor(r => r.Email).EmailAddress().MaximumLength(200).When(r => r.Email is not null);
        RuleFor(r => r.UnitCode)
            .Must(code => units.PathOf(code) is not null).WithMessage("This is not a known administrative unit code.")
            .When(r => r.UnitCode is not null);
    }
}
