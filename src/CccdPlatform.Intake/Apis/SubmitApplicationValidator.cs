using CccdPlatform.Domain;
using CccdPlatform.Intake.Model;
using CccdPlatform.ServiceDefaults.Http;
using FluentValidation;

namespace CccdPlatform.Intake.Apis;

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplication>
{
    public const int MinimumAge = 14;
    public const int CodeMaxLength = 32;
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan OldestCollection = TimeSpan.FromDays(90);

    public SubmitApplicationValidator(AdministrativeUnits units, TimeProvider clock)
    {
        RuleFor(a => a.PersonalId)
            .NotEmpty()
            .Must(PersonalIdNumber.HasValidFormat).WithMessage("The personal identification number must be exactly 12 digits.")
            .Must(id => units.Exists(PersonalIdNumber.ProvinceCodeOf(id!), UnitLevel.Province))
            .WithMessage(a => $"The first 3 digits ({a.PersonalId![..3]}) are not the code of a province.")
            .Custom((id, context) =>
            {
                if (context.InstanceToValidate is { DateOfBirth: { } birth, Sex: { } sex }
                    && PersonalIdNumber.DisagreementWith(id!, birth, female: sex == Sex.Female) is { } why)
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
            .Must((a, d) => IsOldEnough(d!.Value, CollectionDate(a, clock)))
            .WithMessage($"The citizen must be at least {MinimumAge} years old on the day the application is collected.");

        RuleFor(a => a.CollectedAt)
            .Must(t => t <= clock.GetUtcNow() + AllowedClockSkew).WithMessage("The collection time cannot be in the future.")
            .Must(t => t >= clock.GetUtcNow() - OldestCollection)
            .WithMessage($"The collection time cannot be more than {OldestCollection.TotalDays} days ago.")
            .When(a => a.CollectedAt is not null);

        RuleFor(a => a.CollectingUnitCode)
            .NotEmpty()
            .Must(code => units.Find(code) is not null).WithMessage("This is not a known administrative unit code.");

        RuleFor(a => a.PermanentAddress).NotNull().SetValidator(new AddressValidator(units)!);
        RuleFor(a => a.CurrentAddress).SetValidator(new AddressValidator(units)!).When(a => a.CurrentAddress is not null);
        RuleFor(a => a.PlaceOfOrigin).SetValidator(new PlaceOfOriginValidator(units)!).When(a => a.PlaceOfOrigin is not null);

        // OneLine first: the separators a number may hold (\s among them) would otherwise swallow control characters.
        RuleFor(a => a.PhoneNumber)
            .OneLine()
            .Must(p => PhoneNumbers.Normalize(p) is not null)
            .WithMessage("The phone number must be a Vietnamese mobile number, e.g. 0912345678 or +84912345678.")
            .When(a => a.PhoneNumber is not null);

        RuleFor(a => a.VisitType)
            .Must(v => v is null or VisitType.Station).WithMessage("An application at a station has the visit type Station.")
            .When(a => a.Channel == Channel.Station);
        RuleFor(a => a.VisitType)
            .NotNull().WithMessage("A mobile team must say where it served the citizen (Home, Hospital, WorkplaceOrSchool or Other).")
            .NotEqual(VisitType.Station).WithMessage("A mobile team does not serve at a station.")
            .When(a => a.Channel == Channel.Mobile);

        RuleFor(a => a.TeamCode)
            .NotEmpty().WithMessage("A mobile team must give its team code.")
            .When(a => a.Channel == Channel.Mobile);
        RuleFor(a => a.EIdRequest!.Level)
            .NotNull().InclusiveBetween(1, 2).WithMessage("The eID account level is 1 or 2.")
            .OverridePropertyName("eIdRequest.level")
            .When(a => a.EIdRequest is not null);
        RuleFor(a => a.EIdRequest!.PhoneNumber ?? a.PhoneNumber)
            .NotEmpty().WithMessage("An eID account needs a mobile phone number for its activation code.")
            .OneLine()
            .Must(p => PhoneNumbers.Normalize(p) is not null).WithMessage("The phone number must be a Vietnamese mobile number.")
            .OverridePropertyName("eIdRequest.phoneNumber")
            .When(a => a.EIdRequest is not null);
        RuleFor(a => a.EIdRequest!.Email)
            .EmailAddress().MaximumLength(200).OneLine()
            .OverridePropertyName("eIdRequest.email")
            .When(a => a.EIdRequest?.Email is not null);

        RuleFor(a => a.TeamCode).Must(BeACode!).WithMessage(CodeMessage).When(a => a.TeamCode is not null);
        RuleFor(a => a.MachineId).Must(BeACode!).WithMessage(CodeMessage).When(a => a.MachineId is not null);
    }

    private const string CodeMessage = "Use 1 to 32 letters, digits, '-' or '_'.";

    public static bool BeACode(string value) =>
        value.Length is > 0 and <= CodeMaxLength && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>At least <see cref="MinimumAge"/> on the day; false, not an overflow, for a birth near the end of time.</summary>
    public static bool IsOldEnough(DateOnly birth, DateOnly on) =>
        birth.Year <= DateOnly.MaxValue.Year - MinimumAge && birth.AddYears(MinimumAge) <= on;

    private static DateOnly CollectionDate(SubmitApplication application, TimeProvider clock) =>
        DateOnly.FromDateTime((application.CollectedAt ?? clock.GetUtcNow()).UtcDateTime);
}
