using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Registry;
using FluentValidation;

namespace CccdPlatform.Identity.Registry;

public sealed class TeamFormValidator : AbstractValidator<TeamForm>
{
    /// <summary>More than a working group needs, few enough to keep each event small.</summary>
    public const int MaxMembers = 100;

    public TeamFormValidator(UnitMaps maps, TimeProvider clock)
    {
        RuleFor(t => t.UnitCode).MustNameAUnit(maps, clock);
        RuleFor(t => t.Name).MustBeAName();
        RuleFor(t => t.MemberSubjects).NotNull().Must(m => m!.Count <= MaxMembers)
            .WithMessage($"A team has at most {MaxMembers} members.");
        RuleForEach(t => t.MemberSubjects).NotEmpty().MaximumLength(RegistryModelBuilderExtensions.MaxNameLength);
    }
}
