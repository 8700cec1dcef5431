using CccdPlatform.Contracts;
using FluentValidation;

namespace CccdPlatform.Domain.Forms;

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplication>
{
    public const int CodeMaxLength = 32;
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan OldestCollection = TimeSpan.FromDays(90);

    public SubmitApplicationValidator(UnitMaps maps, TimeProvider clock)
    {
        // Every unit code of a form is read in the map of its collection day.
        var addresses = MapsOf<IValidator<AddressInput?>>(maps, units => new AddressValidator(units, maps)!);
        var origins = MapsOf<IValidator<PlaceOfOriginInput?>>(maps, units => new PlaceOfOriginValidator(units, maps)!);
        AdministrativeUnits UnitsOf(SubmitApplication a) => FormDays.UnitsOf(a, maps, clock);

        RuleFor(a => a.PersonalId)
            .PersonalIdNumberOf(maps)
            .Custom((id, context) =>
            {
                if (context.InstanceToValidate is { DateOfBirth: { } birth, Sex: { } sex }
                    && PersonalIdNumber.DisagreementWith(id!, birth, female: sex == Sex.Female) is { } why)
                {
                    context.AddFailure(why);
                }
            });

        RuleFor(a => a.FullName).FullNameOfAPerson();

        RuleFor(a => a.Sex).NotNull();
        RuleFor(a => a.Channel).NotNull();

        RuleFor(a => a.DateOfBirth)
            .NotNull()
            .Must(d => d!.Value.Year >= 1900).WithMessage("The date of birth must be in 1900 or later.")
            .Must((a, d) => d!.Value <= CollectionDate(a, clock)).WithMessage("The date of birth cannot be in the future.")
            .Must((a, d) => CardRules.On(CollectionDate(a, clock)).MayApply(d!.Value, CollectionDate(a, clock)))
            .WithMessage(a => $"The citizen must be at least {CardRules.On(CollectionDate(a, clock)).MinimumAge} years old " +
                              $"on the day the application is collected ({CardRules.On(CollectionDate(a, clock)).Law}).");

        RuleFor(a => a.LegalRepresentative)
            .NotNull().WithMessage("A citizen under 14 applies through a legal representative: give their fullName, personalId and relationship.")
            .When(a => a.DateOfBirth is { } birth && CardRules.On(CollectionDate(a, clock)).NeedsRepresentative(birth, CollectionDate(a, clock)));
        RuleFor(a => a.LegalRepresentative!.FullName).FullNameOfAPerson()
            .OverridePropertyName("legalRepresentative.fullName").When(a => a.LegalRepresentative is not null);
        RuleFor(a => a.LegalRepresentative!.PersonalId).PersonalIdNumberOf(maps)
            .NotEqual(a => a.PersonalId).WithMessage("The representative's ID number is the citizen's own.")
            .OverridePropertyName("legalRepresentative.personalId").When(a => a.LegalRepresentative is not null);
        RuleFor(a => a.LegalRepresentative!.Relationship).NotNull().IsInEnum()
            .OverridePropertyName("legalRepresentative.relationship").When(a => a.LegalRepresentative is not null);

        RuleFor(a => a.RequestKind).IsInEnum();
        RuleFor(a => a.CurrentCardIssuedOn)
            .NotNull().WithMessage("A renewal needs the date the current card was issued, which says when it is due.")
            .When(a => a.RequestKind == RequestKind.Renewal);
        RuleFor(a => a.CurrentCardIssuedOn)
            .Must((a, d) => d!.Value <= CollectionDate(a, clock)).WithMessage("The current card cannot be issued after the collection day.")
            .Must((a, d) => a.DateOfBirth is not { } birth || d!.Value >= birth)
            .WithMessage("The current card cannot be issued before the date of birth.")
            .When(a => a.CurrentCardIssuedOn is not null);
        RuleFor(a => a.RequestKind)
            .Custom((_, context) =>
            {
                if (context.InstanceToValidate is { DateOfBirth: { } birth, CurrentCardIssuedOn: { } issued } application
                    && issued >= birth && issued <= CollectionDate(application, clock)
                    && CardRules.WhyRenewalIsNotDue(birth, issued, CollectionDate(application, clock)) is { } why)
                {
                    context.AddFailure(why);
                }
            })
            .When(a => a.RequestKind == RequestKind.Renewal);

        RuleFor(a => a.CollectedAt)
            .Must(t => t <= clock.GetUtcNow() + AllowedClockSkew).WithMessage("The collection time cannot be in the future.")
            .Must(t => t >= clock.GetUtcNow() - OldestCollection)
            .WithMessage($"The collection time cannot be more than {OldestCollection.TotalDays} days ago.")
            .When(a => a.CollectedAt is not null);

        RuleFor(a => a.CollectingUnitCode)
            .NotEmpty()
            .Custom((code, context) =>
            {
                if (maps.WhyNotAUnitOf(UnitsOf(context.InstanceToValidate), code) is { } why)
                {
                    context.AddFailure(why);
                }
            });

        RuleFor(a => a.PermanentAddress).NotNull().SetValidator((a, _) => addresses[UnitsOf(a).Map]);
        RuleFor(a => a.CurrentAddress).SetValidator((a, _) => addresses[UnitsOf(a).Map]).When(a => a.CurrentAddress is not null);
        RuleFor(a => a.PlaceOfOrigin).SetValidator((a, _) => origins[UnitsOf(a).Map]).When(a => a.PlaceOfOrigin is not null);

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

    /// <summary>The Vietnamese calendar day of collection, whose card rules and map apply.</summary>
    private static DateOnly CollectionDate(SubmitApplication application, TimeProvider clock) =>
        FormDays.CollectionDay(application, clock);

    private static Dictionary<UnitMap, T> MapsOf<T>(UnitMaps maps, Func<AdministrativeUnits, T> validator) => new()
    {
        [UnitMap.ThreeTier2023] = validator(maps.ThreeTier),
        [UnitMap.TwoTier2025] = validator(maps.TwoTier),
    };
}
