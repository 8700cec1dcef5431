using CccdPlatform.Domain;
using CccdPlatform.ServiceDefaults.Authentication;
using CccdPlatform.Identity.Registry;
using FluentValidation;

namespace CccdPlatform.Identity.Model;

public sealed class NewOfficerValidator : AbstractValidator<NewOfficer>
{
    /// <summary>Officers' roles: integrators are clients, not people, and get no account here.</summary>
    public static readonly IReadOnlyList<string> OfficerRoles = Roles.All.Where(r => r is not (Roles.Integrator or Roles.CitizenApp)).ToList();

    public NewOfficerValidator(UnitMaps maps, TimeProvider clock)
    {
        RuleFor(o => o.UserName).NotEmpty().Length(3, 50)
            .Matches("^[a-z0-9][a-z0-9._-]*$").WithMessage("A user name is lower-case letters, digits, '.', '_' or '-'.");
        RuleFor(o => o.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(o => o.Role).NotEmpty().Must(r => OfficerRoles.Contains(r!))
            .WithMessage($"The role must be one of: {string.Join(", ", OfficerRoles)}.");
        RuleFor(o => o.UnitCode).MustNameAUnit(maps, clock);
        RuleFor(o => o.TeamCode).MaximumLength(40);
    }
}
