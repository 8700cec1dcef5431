using CccdPlatform.Domain;
using CccdPlatform.EIdentification.Model;
using FluentValidation;

namespace CccdPlatform.EIdentification.Apis;

/// <summary>The rules every account request's common fields follow, included by each route's validator.</summary>
public sealed class AccountFormRules<TForm> : AbstractValidator<TForm>
    where TForm : IAccountForm
{
    public AccountFormRules()
    {
        RuleFor(r => r.PersonalId)
            .NotEmpty()
            .Must(PersonalIdNumber.HasValidFormat)
            .WithMessage("The personal identification number must be exactly 12 digits.");
        RuleFor(r => r.FullName).NotEmpty().MaximumLength(100);
        RuleFor(r => r.DateOfBirth).NotNull();
        RuleFor(r => r.Sex).NotNull();
        RuleFor(r => r.PhoneNumber)
            .NotEmpty().WithMessage("The activation code goes to the citizen's mobile phone: give its number.")
            .Must(p => PhoneNumbers.Normalize(p) is not null)
            .WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678 or +84912345678.");
        RuleFor(r => r.Email).EmailAddress().MaximumLength(200).When(r => r.Email is not null);
        RuleFor(r => r.Representative).ChildRules(representative =>
        {
            representative.RuleFor(p => p!.FullName).NotEmpty().MaximumLength(100);
            representative.RuleFor(p => p!.PersonalId)
                .NotEmpty()
                .Must(PersonalIdNumber.HasValidFormat)
                .WithMessage("The representative's personal identification number must be exactly 12 digits.");
            representative.RuleFor(p => p!.Relationship)
                .NotEmpty()
                .Must(r => LegalRepresentative.Relationships.Contains(r!))
                .WithMessage($"The relationship is one of: {string.Join(", ", LegalRepresentative.Relationships)}.");
        }).When(r => r.Representative is not null);
        RuleFor(r => r.Representative!.PersonalId)
            .NotEqual(r => r.PersonalId).WithMessage("The representative is another person than the citizen.")
            .OverridePropertyName("representative.personalId")
            .When(r => r.Representative?.PersonalId is not null);
    }
}
