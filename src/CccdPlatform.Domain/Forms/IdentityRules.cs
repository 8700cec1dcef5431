using FluentValidation;

namespace CccdPlatform.Domain.Forms;

/// <summary>The checks of a person's name and ID number, for the citizen, a legal representative and a roster row alike.</summary>
public static class IdentityRules
{
    public static IRuleBuilderOptions<T, string?> FullNameOfAPerson<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty()
        .Must(n => CitizenName.Normalize(n!).Length <= CitizenName.MaxLength)
        .WithMessage($"The full name must be at most {CitizenName.MaxLength} characters.")
        .Must(n => CitizenName.HasOnlyNameCharacters(n!))
        .WithMessage("The full name may hold only letters, spaces, apostrophes and hyphens.");

    /// <summary>Its first three digits name the province of birth registration as coded then: any code that ever was a province.</summary>
    public static IRuleBuilderOptions<T, string?> PersonalIdNumberOf<T>(this IRuleBuilder<T, string?> rule, UnitMaps maps) => rule
        .NotEmpty()
        .Must(PersonalIdNumber.HasValidFormat).WithMessage("The personal identification number must be exactly 12 digits.")
        .Must(id => maps.WasEverAProvince(PersonalIdNumber.ProvinceCodeOf(id!)))
        .WithMessage((_, id) => $"The first 3 digits ({id![..3]}) are not the code of a province.");
}
